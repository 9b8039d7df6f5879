/**
 * Small invented multi-outlet events for the claims, briefing and render tests. Each
 * event exercises one thing the claims stage must get right.
 */
import { coverageOf, textDoc } from '../helpers/docs.js';
import { resolveOptions } from '../../src/core/options.js';
import type { Coverage, Doc, Statement } from '../../src/core/types.js';
import { analyzeDocument, analyzeEvent } from '../../src/pipeline/index.js';

/** A reported statement: the sentence holding `content` in the doc, said by `speaker`. */
export function statement(doc: Doc, speaker: string, content: string, cue = 'said', kind: Statement['kind'] = 'reported'): Statement {
  const start = doc.text.indexOf(content);
  if (start < 0) throw new Error(`statement content not in ${doc.id}: ${content}`);
  const s = doc.text.indexOf(speaker);
  const c = doc.text.indexOf(cue, s >= 0 ? s : 0);
  return {
    id: `${doc.id}-s${doc.statements.length + 1}`,
    doc: doc.id,
    speaker: { name: speaker, span: s >= 0 ? { start: s, end: s + speaker.length } : undefined },
    text: content,
    span: { start, end: start + content.length },
    kind,
    cue: { text: cue, lemma: cue === 'denied' ? 'deny' : 'say', span: c >= 0 ? { start: c, end: c + cue.length } : undefined },
  };
}

/** One fact told in different words by three outlets, plus filler that only one outlet has. */
export function paraphraseEvent(): Coverage {
  return coverageOf([
    textDoc({
      id: 'harbor', source: 'Harbor Times', title: 'Storm shuts Marlow Bay port',
      text: 'Port authorities closed the harbour at Marlow Bay on Sunday as a storm approached the coast.\n\n' +
        'Local fishermen moved their boats to the inner basin overnight.',
    }),
    textDoc({
      id: 'coastal', source: 'Coastal Post', title: 'Marlow Bay harbour shut ahead of storm',
      text: 'The Marlow Bay harbour was shut by port officials on Sunday ahead of the approaching storm.\n\n' +
        'A ferry service to the islands was cancelled until further notice.',
    }),
    textDoc({
      id: 'ledger', source: 'Daily Ledger', title: 'Storm closes port',
      text: 'With a storm nearing the coast, port authorities at Marlow Bay closed the harbor on Sunday.\n\n' +
        'Meteorologists expect winds above 100 kilometres an hour by Monday morning.',
    }),
  ]);
}

/** Two outlets give different casualty numbers for the same fact. */
export function numberEvent(): Coverage {
  return coverageOf([
    textDoc({
      id: 'harbor', source: 'Harbor Times',
      text: 'A fire destroyed the Kestrel textile factory in Marlow Bay on Tuesday night.\n\n' +
        'Twelve workers were taken to hospital with burns, firefighters said.',
    }),
    textDoc({
      id: 'coastal', source: 'Coastal Post',
      text: 'Fire gutted the Kestrel textile factory in Marlow Bay late on Tuesday.\n\n' +
        'According to firefighters, 12 workers were taken to hospital with burns.',
    }),
    textDoc({
      id: 'ledger', source: 'Daily Ledger',
      text: 'The Kestrel textile factory in Marlow Bay was destroyed by fire on Tuesday.\n\n' +
        'Eighteen workers were taken to hospital with burns, a union spokesman said.',
    }),
  ]);
}

/** One outlet reports a statement, another reports its denial. */
export function denialEvent(): Coverage {
  const coastal = textDoc({
    id: 'coastal', source: 'Coastal Post',
    text: 'Mayor Ana Ruiz said the owner of the Kestrel factory had ignored repeated fire safety warnings.\n\n' +
      'The factory employed about 300 people.',
  });
  coastal.statements.push(statement(coastal, 'Mayor Ana Ruiz', 'the owner of the Kestrel factory had ignored repeated fire safety warnings'));
  const ledger = textDoc({
    id: 'ledger', source: 'Daily Ledger',
    text: 'The owner of the Kestrel factory denied that he had ignored repeated fire safety warnings.\n\n' +
      'Investigators are expected to report next month.',
  });
  ledger.statements.push(statement(ledger, 'The owner of the Kestrel factory', 'he had ignored repeated fire safety warnings', 'denied'));
  return coverageOf([coastal, ledger]);
}

const WIRE = 'Shares of Orion Motors fell 9 percent on Thursday after the carmaker recalled 40,000 electric vans over a battery fault.\n\n' +
  'The company said no injuries had been reported by drivers of the affected vans so far.';

/** A wire story printed by two outlets, and one outlet that reports the fact itself. */
export function wireEvent(): Coverage {
  return coverageOf([
    textDoc({ id: 'wire-a', source: 'Harbor Times', text: WIRE }),
    textDoc({ id: 'wire-b', source: 'Coastal Post', text: WIRE.replace('on Thursday', 'on Thursday,').replace('The company', 'The carmaker') }),
    textDoc({
      id: 'ledger', source: 'Daily Ledger',
      text: 'Orion Motors is recalling 40,000 electric vans because of a faulty battery, and its shares dropped on Thursday.\n\n' +
        'Analysts said the recall could cost the company up to $200 million.',
    }),
  ]);
}

/** Plain-text documents run through the real per-document, entities and statements stages. */
export function analyzedEvent(docs: { id: string; source: string; text: string }[]): Coverage {
  const options = resolveOptions({});
  return analyzeEvent(docs.map(({ id, source, text }) => analyzeDocument({ id, input: id, kind: 'text', content: text, given: { source } }, options)));
}

/** Two outlets' texts through the real per-document stages: documents "a" and "b" of outlets A and B. */
export const twoOutlets = (a: string, b: string): Coverage =>
  analyzedEvent([
    { id: 'a', source: 'A', text: a },
    { id: 'b', source: 'B', text: b },
  ]);

/** The same words, quoted by two outlets, put in the mouths of two different people. */
export function speakerEvent(speakers = ['Finance Minister Lena Ortiz', 'Prime Minister Tomas Berg']): Coverage {
  const quote = 'We will not raise fuel taxes before the election';
  // The real entities and statements stages: who said the words is theirs to find.
  return analyzedEvent([
    { id: 'harbor', source: 'Harbor Times', text: `“${quote},” ${speakers[0]} said on Monday.` },
    { id: 'ledger', source: 'Daily Ledger', text: `“${quote},” ${speakers[1]} said on Monday.` },
  ]);
}

/** Two outlets disagree on the day, two on the place, of otherwise identical facts. */
export function dateAndPlaceEvent(): Coverage {
  return coverageOf([
    textDoc({
      id: 'harbor', source: 'Harbor Times', published: '2024-03-08',
      text: 'Fishing quota talks between the two governments opened in Vienna on Tuesday.\n\n' +
        'The port authority said the new ferry terminal will welcome its first passengers on March 3.',
    }),
    textDoc({
      id: 'ledger', source: 'Daily Ledger', published: '2024-03-08',
      text: 'The two governments began their talks on fishing quotas on Tuesday in Geneva.\n\n' +
        'Passengers can use the new ferry terminal from March 10, according to the port authority.',
    }),
  ]);
}

/** One outlet reports a speaker's claim; another prints the same thing as plain fact. */
export function attributionEvent(): Coverage {
  const kremlin = textDoc({
    id: 'kremlin', source: 'Harbor Times',
    text: 'Vladimir Putin said the United States had ignored Russian complaints about cyber attacks.',
  });
  kremlin.statements.push(statement(kremlin, 'Vladimir Putin', 'the United States had ignored Russian complaints about cyber attacks'));
  const wire = textDoc({
    id: 'wire', source: 'Daily Ledger',
    text: 'The United States has ignored Russian complaints about cyber attacks for years.',
  });
  return coverageOf([kremlin, wire]);
}

/**
 * A flood told by three outlets in Chinese, a script written without spaces: the fire
 * brigade's evacuation is told by all three, the school closure by one.
 */
export function chineseEvent(): Coverage {
  return analyzedEvent([
    // "Flood in Taihaimu: two missing. After days of rain the river burst its banks... The school stays closed until Friday."
    { id: 'a', source: 'A', text: '塔海姆洪水：两人失踪\n\n连日降雨后，塞尔贝河在塔海姆决堤。市长安娜·凯勒星期二说，两人失踪。消防队已将三百名居民从老城区转移到安全地带。学校将关闭到星期五。' },
    { id: 'b', source: 'B', text: '塔海姆抗击洪水\n\n星期二，塞尔贝河淹没了塔海姆老城区。消防队将约三百名居民转移到安全地带。凯勒说：“我们不会放弃任何人。”' },
    { id: 'c', source: 'C', text: '塔海姆数百人被疏散\n\n大雨过后，塞尔贝河淹没了塔海姆老城区。消防队将三百名居民转移到安全地带。县长宣布为受灾家庭提供紧急援助。' },
  ]);
}

/**
 * Counts written in Chinese and Japanese numerals and in digits, by two outlets each: three
 * hundred residents against about 300 agree, two missing against three do not.
 */
export function hanCountEvents(): Coverage[] {
  return [
    analyzedEvent([
      // "Flood in Taihaimu. On Tuesday the fire brigade moved three hundred residents to safety. Police said two more people are missing."
      { id: 'a', source: 'A', text: '塔海姆洪水\n\n消防队星期二将三百名居民转移到安全地带。警方说，另有两人失踪。' },
      // "Taihaimu's old town flooded. On Tuesday the fire brigade moved about 300 residents to safety. According to police, three people are missing."
      { id: 'b', source: 'B', text: '塔海姆老城区被淹\n\n消防队星期二将约300名居民转移到安全地带。据警方称，三人失踪。' },
    ]),
    analyzedEvent([
      // The same in Japanese.
      { id: 'a', source: 'A', text: 'タールハイムで洪水\n\n消防は火曜日、住民三百人を安全な場所に避難させた。警察によると、二人が行方不明になっている。' },
      { id: 'b', source: 'B', text: 'タールハイムの旧市街が浸水\n\n消防は火曜日、住民約300人を安全な場所に避難させた。警察によると、三人が行方不明だという。' },
    ]),
  ];
}

/**
 * A storm told by two German outlets. German capitalises every noun, and its function
 * words ("die", "bis", "zum") are not English ones: the fallen trees are one fact, the
 * closed road and the closed school are two.
 */
export function germanEvent(): Coverage {
  return analyzedEvent([
    {
      id: 'a', source: 'A',
      text: 'Sturm über Talheim\n\nDer Sturm hat in der Nacht viele alte Bäume im Stadtpark entwurzelt. Die Polizei hat die Straße zum Hafen bis zum Morgen gesperrt, und sie war mit der Feuerwehr in der Nacht für die Menschen aus dem Dorf im Einsatz.',
    },
    {
      id: 'b', source: 'B',
      text: 'Unwetter in Talheim\n\nIn der Nacht hat der Sturm zahlreiche alte Bäume im Stadtpark umgeworfen. Die Schule bleibt für die Kinder aus dem Dorf bis zum Freitag geschlossen.',
    },
  ]);
}

/**
 * A flood told by two Russian outlets in different inflections of the same words
 * ("жителей прибрежных деревень" / "жителей прибрежной деревни", "эвакуировали" /
 * "эвакуированы"): the evacuation is one fact, the schools and the mayor's promise are
 * one outlet's each.
 */
export function russianEvent(): Coverage {
  return analyzedEvent([
    // "On Tuesday the authorities evacuated two hundred residents of coastal villages after heavy rain. Schools are closed until Friday."
    { id: 'a', source: 'A', text: 'Наводнение в Тарнбю\n\nВо вторник власти эвакуировали двести жителей прибрежных деревень после сильных дождей. Школы в районе закрыты до пятницы.' },
    // "Two hundred residents of a coastal village were evacuated on Tuesday because of heavy rain. The mayor promised help."
    { id: 'b', source: 'B', text: 'Тарнбю под водой\n\nДвести жителей прибрежной деревни были эвакуированы во вторник из-за сильного дождя. Мэр пообещал помощь пострадавшим семьям.' },
  ]);
}

/**
 * A flood told by two German outlets, through the real stages: the evacuation is one fact,
 * the missing are two against three, and the mayor says two different things.
 */
export function germanFloodEvent(): Coverage {
  return analyzedEvent([
    {
      id: 'a', source: 'A',
      text: 'Hochwasser in Talheim\n\nDie Feuerwehr hat am Dienstag rund 300 Bewohner aus der Altstadt in Sicherheit gebracht. ' +
        '„Wir lassen niemanden zurück“, sagte Bürgermeisterin Anna Keller am Dienstagabend. ' +
        'Zwei Menschen werden nach Angaben der Polizei noch vermisst.',
    },
    {
      id: 'b', source: 'B',
      text: 'Talheim kämpft gegen die Flut\n\nDie Feuerwehr brachte etwa 300 Bewohner in Sicherheit, wie ein Sprecher mitteilte. ' +
        'Laut Polizei werden drei Menschen vermisst. Bürgermeisterin Anna Keller sagte, die Stadt werde den Betroffenen schnell helfen.',
    },
  ]);
}

/**
 * A flood told by two French outlets, through the real stages: one outlet's headline
 * tells the evacuation, the mayor says two different things, the missing are two against three.
 */
export function frenchFloodEvent(): Coverage {
  return analyzedEvent([
    {
      id: 'a', source: 'A',
      text: 'Crue de la Vire : trois cents habitants évacués à Saint-Lô\n\n' +
        'Les pompiers ont évacué environ 300 habitants du centre historique, selon la préfecture. ' +
        '« Personne ne sera laissé seul », a déclaré le maire Julien Morel mardi soir. ' +
        'Deux personnes sont toujours portées disparues, a indiqué la gendarmerie.',
    },
    {
      id: 'b', source: 'B',
      text: 'Saint-Lô sous les eaux\n\nPrès de 300 habitants ont été évacués par les pompiers, d\'après la préfecture. ' +
        'Selon la gendarmerie, trois personnes sont portées disparues. ' +
        'Le maire Julien Morel a affirmé que la ville aiderait rapidement les sinistrés.',
    },
  ]);
}

/** Two French outlets give the same quotation to two different people. */
export function frenchSpeakerEvent(): Coverage {
  const quote = 'Nous ne fermerons aucune école rurale du canton avant la rentrée de septembre';
  return analyzedEvent([
    { id: 'a', source: 'A', text: `« ${quote} », a déclaré la ministre Claire Aubert lundi.` },
    { id: 'b', source: 'B', text: `Le député Marc Levasseur a affirmé lundi : « ${quote}. »` },
  ]);
}
