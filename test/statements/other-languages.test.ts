import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/entities/index.js';
import { analyzeLanguage } from '../../src/language/index.js';
import { findStatements, isSpeech } from '../../src/statements/index.js';
import { textDoc } from '../helpers/docs.js';

/** A document in `language` with its sentences, then its statements as [speaker, cue, content, kind]. */
function statementsOf(language: string, text: string) {
  const doc = textDoc({ id: 'd', source: 'S', text });
  analyzeLanguage(doc, { language });
  return findStatements(doc).map((s) => {
    // Content in pieces reads as the pieces joined, its span their hull; else the span's words.
    const parts = s.parts ?? [];
    if (parts.length > 1) {
      expect(parts.map((p) => text.slice(p.start, p.end)).join(' … ')).toBe(s.text);
      expect([s.span.start, s.span.end]).toEqual([parts[0].start, parts.at(-1)!.end]);
    } else expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
    expect(isSpeech(s)).toBe(true);
    return [s.speaker.span && text.slice(s.speaker.span.start, s.speaker.span.end), s.cue.text, s.text, s.kind];
  });
}

describe('statements in other languages', () => {
  it('reads French quotations, "que" clauses and "selon"', () => {
    const text =
      '« Nous rouvrirons le pont avant l’hiver », a déclaré la maire Odile Ferrand mardi. ' +
      'Le préfet a affirmé que les travaux coûteraient deux millions. ' +
      'Selon les pompiers, la digue a cédé pendant la nuit.';
    expect(statementsOf('fr', text)).toEqual([
      ['Odile Ferrand', 'a déclaré', 'Nous rouvrirons le pont avant l’hiver', 'direct'],
      ['Le préfet', 'a affirmé', 'les travaux coûteraient deux millions', 'reported'],
      ['les pompiers', 'Selon', 'la digue a cédé pendant la nuit', 'reported'],
    ]);
  });

  it('reads German quotations with the cue after or before them, and "laut" without a comma', () => {
    const text =
      '„Die Brücke bleibt bis Mai gesperrt“, sagte Bürgermeister Jonas Brandt. ' +
      'Die Ingenieurin Lea Voss erklärte: „Der Pfeiler ist gerissen.“ ' +
      'Laut Feuerwehr wurden vierzig Häuser geräumt.';
    expect(statementsOf('de', text)).toEqual([
      ['Bürgermeister Jonas Brandt', 'sagte', 'Die Brücke bleibt bis Mai gesperrt', 'direct'],
      ['Ingenieurin Lea Voss', 'erklärte', 'Der Pfeiler ist gerissen', 'direct'],
      ['Feuerwehr', 'Laut', 'wurden vierzig Häuser geräumt', 'reported'],
    ]);
  });

  it('reads Spanish and Italian statements, a pronoun speaker left unnamed', () => {
    expect(statementsOf('es', '"El agua bajará mañana", dijo el alcalde Tomás Rey. El ministro aseguró que no habrá cortes de luz.')).toEqual([
      ['Tomás Rey', 'dijo', 'El agua bajará mañana', 'direct'],
      ['El ministro', 'aseguró', 'no habrá cortes de luz', 'reported'],
    ]);
    const [statement] = findStatements(Object.assign(textDoc({ id: 'd', source: 'S', text: '«Ripartiremo», ha detto lei ieri sera.' }), { language: 'it' }));
    expect(statement.speaker.name).toBeUndefined();
    expect(statement.text).toBe('Ripartiremo');
  });

  it('reads Russian, Ukrainian and Polish quotations after a dash, "что" clauses and "по словам"', () => {
    expect(
      statementsOf(
        'ru',
        '«Мост откроют к зиме», — заявила мэр Ольга Зимина. Инженер Павел Лебедев сообщил, что опора треснула. По словам спасателей, вода уходит.',
      ),
    ).toEqual([
      ['Ольга Зимина', 'заявила', 'Мост откроют к зиме', 'direct'],
      ['Инженер Павел Лебедев', 'сообщил', 'опора треснула', 'reported'],
      ['спасателей', 'По словам', 'вода уходит', 'reported'],
    ]);
    expect(statementsOf('uk', '«Міст відкриють до зими», — заявив мер Богдан Лис. За словами рятувальників, вода спадає.')).toEqual([
      ['Богдан Лис', 'заявив', 'Міст відкриють до зими', 'direct'],
      ['рятувальників', 'За словами', 'вода спадає', 'reported'],
    ]);
    expect(statementsOf('pl', '„Most otworzymy przed zimą” – powiedziała burmistrz Ewa Lis. Wojewoda Jan Kos oświadczył, że filar pękł.')).toEqual([
      ['Ewa Lis', 'powiedziała', 'Most otworzymy przed zimą', 'direct'],
      ['Wojewoda Jan Kos', 'oświadczył', 'filar pękł', 'reported'],
    ]);
  });

  it('reads speech opened by a dash as direct, in Swedish, Danish, Norwegian and Russian', () => {
    expect(
      statementsOf('sv', '– Vi öppnar bron före vintern, säger kommunalrådet Anna Berg. ”Pengarna finns”, sa hon. Polisen uppger att tre hus har utrymts.'),
    ).toEqual([
      ['Anna Berg', 'säger', 'Vi öppnar bron före vintern', 'direct'],
      // "hon" (she) ends the sentence: it is no English "Hon." title here.
      ['hon', 'sa', 'Pengarna finns', 'direct'],
      ['Polisen', 'uppger', 'tre hus har utrymts', 'reported'],
    ]);
    expect(statementsOf('da', '– Vi åbner broen før vinteren, siger borgmester Anne Holm. Politiet oplyser, at tre huse er rømmet.')).toEqual([
      ['Anne Holm', 'siger', 'Vi åbner broen før vinteren', 'direct'],
      ['Politiet', 'oplyser', 'tre huse er rømmet', 'reported'],
    ]);
    expect(statementsOf('nb', '– Vi åpner brua før vinteren, sier ordfører Kari Lunde.')).toEqual([['Kari Lunde', 'sier', 'Vi åpner brua før vinteren', 'direct']]);
    expect(statementsOf('ru', '— Мы откроем мост до зимы, — сказал мэр Павел Орлов. Дома затоплены, сообщили спасатели.')).toEqual([
      ['Павел Орлов', 'сказал', 'Мы откроем мост до зимы', 'direct'],
      ['спасатели', 'сообщили', 'Дома затоплены', 'reported'],
    ]);
  });

  it('reads the source of a fronted "according to" without a comma in a verb-second language: the words before the finite verb', () => {
    expect(statementsOf('sv', 'Enligt polisen har tre hus utrymts under natten. Enligt kommunalrådet Anna Berg kommer bron att öppna i vår.')).toEqual([
      ['polisen', 'Enligt', 'har tre hus utrymts under natten', 'reported'],
      ['kommunalrådet Anna Berg', 'Enligt', 'kommer bron att öppna i vår', 'reported'],
    ]);
    expect(statementsOf('nb', 'Ifølge politiet er tre hus evakuert.')).toEqual([['politiet', 'Ifølge', 'er tre hus evakuert', 'reported']]);
    expect(statementsOf('da', 'Ifølge beredskabet blev tre huse evakueret i nat.')).toEqual([['beredskabet', 'Ifølge', 'blev tre huse evakueret i nat', 'reported']]);
    expect(statementsOf('nl', 'Volgens de brandweer zijn drie huizen ontruimd.')).toEqual([['de brandweer', 'Volgens', 'zijn drie huizen ontruimd', 'reported']]);
    // No finite verb near: nothing is guessed.
    expect(statementsOf('sv', 'Enligt planen byggs bron i tre etapper med start nästa sommar när isen har gått.')).toEqual([]);
  });

  it('reads a French verb with its subject pronoun joined to it ("dit-il")', () => {
    expect(statementsOf('fr', '« Le pont tiendra », dit-il. « Nous verrons », explique-t-elle.')).toEqual([
      ['il', 'dit', 'Le pont tiendra', 'direct'],
      ['elle', 'explique', 'Nous verrons', 'direct'],
    ]);
    expect(statementsOf('fr', 'Les travaux dureront trois mois, précise-t-il.')).toEqual([['il', 'précise', 'Les travaux dureront trois mois', 'reported']]);
  });

  it('gives a pronoun speaker the name of the person named just before it', () => {
    const text = 'Le maire Paul Girard a visité le pont lundi. « Il tiendra encore dix ans », a-t-il dit.';
    const doc = textDoc({ id: 'd', source: 'S', text });
    analyzeLanguage(doc, { language: 'fr' });
    doc.mentions = findMentions(doc);
    const [statement] = findStatements(doc);
    expect([statement.speaker.name, statement.text]).toEqual(['Paul Girard', 'Il tiendra encore dix ans']);
    expect(text.slice(statement.speaker.span!.start, statement.speaker.span!.end)).toBe('il');
  });

  it('reads a source given at the end of the sentence ("…, selon les pompiers")', () => {
    expect(statementsOf('fr', 'La digue a cédé pendant la nuit, selon les pompiers.')).toEqual([['les pompiers', 'selon', 'La digue a cédé pendant la nuit', 'reported']]);
    expect(statementsOf('es', 'El agua alcanzó dos metros en el centro, según la policía local.')).toEqual([
      ['la policía local', 'según', 'El agua alcanzó dos metros en el centro', 'reported'],
    ]);
  });

  it('reads what was said before a comma, the verb and the speaker', () => {
    expect(statementsOf('de', 'Zwei Menschen werden noch vermisst, sagte Bürgermeisterin Anna Keller am Dienstag.')).toEqual([
      ['Bürgermeisterin Anna Keller', 'sagte', 'Zwei Menschen werden noch vermisst', 'reported'],
    ]);
    expect(statementsOf('fr', 'Le pont rouvrira en mars, a indiqué le maire Paul Girard.')).toEqual([
      ['Paul Girard', 'a indiqué', 'Le pont rouvrira en mars', 'reported'],
    ]);
    // A speaker without a name: a short description that ends the sentence.
    expect(statementsOf('fr', 'Deux personnes sont toujours portées disparues, a indiqué la gendarmerie.')).toEqual([
      ['la gendarmerie', 'a indiqué', 'Deux personnes sont toujours portées disparues', 'reported'],
    ]);
    expect(statementsOf('fr', 'Le pont rouvrira en mars, a indiqué la mairie dans un communiqué publié hier soir.')).toEqual([]);
  });

  it('reads a source inside the sentence, the words around it being what was said', () => {
    expect(statementsOf('de', 'Am Morgen wurden nach Angaben der Polizei zwei Menschen verletzt.')).toEqual([
      ['Polizei', 'nach Angaben der', 'Am Morgen wurden … zwei Menschen verletzt', 'reported'],
    ]);
    expect(statementsOf('fr', 'Deux maisons ont, selon la préfecture, été détruites.')).toEqual([
      ['la préfecture', 'selon', 'Deux maisons ont … été détruites', 'reported'],
    ]);
    // Without commas around it, a French source has no end to read.
    expect(statementsOf('fr', 'Deux maisons ont selon la préfecture été détruites.')).toEqual([]);
  });

  it('reads a source in a clause of its own: "wie die Polizei mitteilte", "como informó la policía"', () => {
    expect(statementsOf('de', 'Zwei Menschen wurden verletzt, wie ein Sprecher der Stadt mitteilte.')).toEqual([
      ['Sprecher', 'mitteilte', 'Zwei Menschen wurden verletzt', 'reported'],
    ]);
    expect(statementsOf('de', 'Wie die Feuerwehr am Abend mitteilte, ist der Damm stabil.')).toEqual([
      ['Feuerwehr', 'mitteilte', 'ist der Damm stabil', 'reported'],
    ]);
    expect(statementsOf('es', 'El puente seguirá cerrado, como informó la policía local.')).toEqual([
      ['la policía local', 'informó', 'El puente seguirá cerrado', 'reported'],
    ]);
    expect(statementsOf('fr', 'Comme l’a indiqué le maire Paul Girard, le pont rouvrira en mars.')).toEqual([
      ['Paul Girard', 'a indiqué', 'le pont rouvrira en mars', 'reported'],
    ]);
    // "wie" that compares, with no verb of saying: nothing.
    expect(statementsOf('de', 'Der Fluss stieg schnell, wie im Jahr davor.')).toEqual([]);
  });

  it('reads Chinese quotations, verbs of saying with a comma and "据", the speaker without time and audience words', () => {
    const text =
      '外交部发言人林安星期二在例行记者会上表示，中方对此表示关切。' +
      '“我们会尽快修复大桥，”市长李明对记者说。' +
      '他说：“救援工作仍在进行。”' +
      '据当地电视台报道，洪水已造成十二人死亡。' +
      '“水位还在上涨。”李明说。';
    expect(statementsOf('zh', text)).toEqual([
      ['外交部发言人林安', '表示', '中方对此表示关切', 'reported'],
      ['市长李明', '说', '我们会尽快修复大桥', 'direct'],
      ['他', '说', '救援工作仍在进行', 'direct'],
      ['当地电视台', '据', '洪水已造成十二人死亡', 'reported'],
      ['李明', '说', '水位还在上涨', 'direct'],
    ]);
    // "说" inside another word ("小说", a novel) is no cue.
    expect(statementsOf('zh', '这部小说，很受欢迎。')).toEqual([]);
  });

  it('reads Japanese quotations and clauses before "と" and a verb of saying, and "によると"', () => {
    const text =
      '田中市長は22日、記者団に対し「橋は来月には再開する」と述べた。' +
      '警察によると、二人が行方不明になっている。' +
      '県の担当者は、被害の全容はまだ分からないと説明した。' +
      '川の水位は夜まで上がり続けた。';
    expect(statementsOf('ja', text)).toEqual([
      ['田中市長', '述べた', '橋は来月には再開する', 'direct'],
      ['警察', 'によると', '二人が行方不明になっている', 'reported'],
      ['県の担当者', '説明した', '被害の全容はまだ分からない', 'reported'],
    ]);
    // The quotation first, its speaker after "と".
    expect(statementsOf('ja', '「堤防の補強を急ぐ」と佐藤知事は23日、記者団に語った。「避難所は足りている」と、市の職員が説明した。')).toEqual([
      ['佐藤知事', '語った', '堤防の補強を急ぐ', 'direct'],
      ['市の職員', '説明した', '避難所は足りている', 'direct'],
    ]);
  });

  it('finds nothing in sentences without a cue of saying', () => {
    expect(statementsOf('fr', 'La digue a cédé pendant la nuit. Les habitants ont été évacués vers le gymnase.')).toEqual([]);
    // "so" is a cue only with a name right after it ("…, so Keller").
    expect(statementsOf('de', 'Die Preise stiegen stark, so wie im Jahr davor.')).toEqual([]);
    expect(statementsOf('de', 'Die Preise stiegen stark, so Keller.')).toEqual([['Keller', 'so', 'Die Preise stiegen stark', 'reported']]);
  });

  it('stays linear on hostile text: one sentence with thousands of quotations, cues and commas', () => {
    const many = '« Oui », a déclaré Paul Girard, '.repeat(20000) + 'et voilà.';
    const commas = 'non, '.repeat(100000) + 'Paul Girard a déclaré que tout va bien.';
    const started = performance.now();
    expect(statementsOf('fr', many).length).toBe(20000);
    expect(statementsOf('fr', commas)).toEqual([['Paul Girard', 'a déclaré', 'tout va bien', 'reported']]);
    const quotes = '「はい」と、'.repeat(20000) + '田中市長は述べた。';
    expect(statementsOf('ja', quotes)).toEqual([['田中市長', '述べた', 'はい', 'direct']]);
    // A verb of saying before every quotation: each looks back a bounded stretch, not the whole sentence.
    expect(statementsOf('zh', '市长说“好”，'.repeat(5000) + '结束。').length).toBe(5000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
