/**
 * HTML extraction outside English: related-content sections, copyright notices and
 * furniture lines in other languages, interview questions that repeat, link-led list
 * items, and length and sentence thresholds that hold for every script. All pages here
 * are invented.
 */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/extract/html/index.js';

/** A navigation bar of twelve short links, as every page has. */
const menu = (words: string[]) => `<div class="top"><ul>${words.map((w) => `<li><a href="/${w}">${w}</a></li>`).join('')}</ul></div>`;

describe('a related-content section', () => {
  const teaser = (n: number) =>
    `<div class="card"><h4><a href="/t${n}">Reflexão número ${n}</a></h4><p>A gratidão mora nos pequenos gestos do dia a dia, no café passado com calma, na conversa sem pressa com os amigos e na paciência de esperar o tempo certo de cada coisa, como ensinam os mais velhos da família …</p></div>`;

  it('is left out when its heading says so, even with more prose than the article', () => {
    const a = extractHtml(`<html lang="pt-BR"><head><meta property="og:type" content="article"><title>Amor próprio</title></head><body>
      <div class="coluna">
        <div class="texto"><h1>Amor próprio</h1>
          <p>Cuidar de si mesmo não é egoísmo: é a condição para cuidar bem dos outros. Quem aprende a se respeitar escolhe melhor as companhias, diz não sem culpa e aceita os próprios limites.</p>
          <p>O caminho é longo e cheio de recaídas, mas cada passo conta, e ninguém precisa percorrê-lo sozinho.</p>
        </div>
        <div class="lista"><h3>Você pode gostar...</h3>${[1, 2, 3, 4].map(teaser).join('')}</div>
      </div></body></html>`);
    expect(a.text).toContain('Cuidar de si mesmo');
    expect(a.text).toContain('ninguém precisa percorrê-lo sozinho');
    expect(a.text).not.toContain('gratidão');
  });

  it('is left out when only the class name of its heading says so', () => {
    const a = extractHtml(`<html lang="ru"><body><div class="page">
      <div class="post"><p>Городской совет во вторник одобрил строительство нового моста через реку, работы начнутся весной и продлятся три года.</p>
        <p>Жители встретили решение с облегчением, хотя опасаются пробок во время стройки.</p></div>
      <div class="more"><h3 class="relatedposts-title">Ещё материалы</h3>${[1, 2, 3, 4]
        .map((n) => `<p>Материал ${n}: в соседнем районе открыли новую библиотеку, где по выходным проходят лекции для школьников и их родителей, а вечером работает кружок.</p>`)
        .join('')}</div>
    </div></body></html>`);
    expect(a.text).toContain('Жители встретили решение');
    expect(a.text).not.toContain('новую библиотеку');
  });
});

describe('copyright notices in other languages', () => {
  it('drops a Korean notice and does not widen the content to the box around it', () => {
    const a = extractHtml(`<html lang="ko"><head><meta property="og:type" content="article"></head><body><div class="wrap">
      <p class="section">오늘의 이슈</p>
      <div class="article">
        <p>시는 화요일 새 다리 공사를 내년 봄에 시작한다고 밝혔다. 기술자들은 공사에 약 3년이 걸릴 것으로 보고 있으며, 총사업비는 약 2000억 원이다.</p>
        <p>많은 주민이 결정을 반겼지만 공사 중 교통 체증을 걱정한다. 시장은 기자회견에서 시민 불편을 최소화하겠다고 말했다.</p>
        <p>새 다리의 길이는 약 1200미터이며 왕복 6차로로 설계됐다. 교통국은 공사 전에 우회로를 미리 알리고 출퇴근 시간에는 인력을 늘릴 계획이다.</p>
        <p>전문가들은 다리가 완공되면 구도심의 교통 혼잡이 크게 줄어들 것으로 내다봤다. 시는 다음 달 주민 설명회를 열 예정이다.</p>
      </div>
      <p>Copyright ⓒ 한빛일보. 무단전재 및 재배포 금지. 기사 제보는 이메일로 보내 주세요.</p>
    </div></body></html>`);
    expect(a.text).toContain('시민 불편을 최소화하겠다고');
    expect(a.text).not.toContain('무단전재');
    expect(a.text).not.toContain('오늘의 이슈');
  });

  it.each([
    ['pt', 'Jornal da Serra. Todos os direitos reservados.'],
    ['ru', '«Городские вести». Все права защищены.'],
    ['zh', '版权所有：山城日报。未经授权不得转载，违者必究。'],
  ])('drops the notice in %s', (lang, notice) => {
    // The page's text is beside the point here: only the notice is in its language.
    const body = [1, 2, 3]
      .map((n) => `<p>Paragraph ${n}: the council met on Tuesday and agreed, after a long debate, to fund the new bridge, which engineers say will take three years to build.</p>`)
      .join('');
    const a = extractHtml(`<html lang="${lang}"><body><article>${body}<p>${notice}</p></article></body></html>`);
    expect(a.text).toContain('fund the new bridge');
    expect(a.text).not.toContain(notice.slice(-12));
  });
});

describe('furniture lines and class names in other languages', () => {
  it('drops Portuguese sharing, footer and "read also" furniture', () => {
    const a = extractHtml(`<html lang="pt"><body><article>
      <p>A prefeitura anunciou nesta terça-feira que as obras da nova ponte começam na primavera e devem durar três anos, segundo os engenheiros.</p>
      <p>Os moradores receberam a notícia com alívio, mas temem congestionamentos durante a construção da ponte.</p>
      <p>Compartilhar</p>
      <p>Leia também</p>
      <div class="botoes-compartilhar"><p>Envie esta notícia para os seus amigos pelo WhatsApp, pelo Facebook ou por e-mail, é rápido e fácil.</p></div>
      </article>
      <div class="rodape"><p>Jornal da Serra, fundado em 1950, é o jornal de maior circulação da região, com redação na Rua das Flores.</p></div>
    </body></html>`);
    expect(a.text).toContain('Os moradores receberam a notícia');
    expect(a.text).not.toMatch(/Compartilhar|Leia também|Envie esta notícia|fundado em 1950/);
  });

  it('drops a whole-line label but keeps a sentence that starts with the same word', () => {
    const a = extractHtml(`<html lang="ru"><body><article>
      <p>Городской совет во вторник одобрил строительство нового моста через реку, работы начнутся весной и продлятся три года.</p>
      <p>Подробнее</p>
      <p>Подробнее о проекте рассказал главный инженер.</p>
      <p>Комментарии (12)</p>
    </article></body></html>`);
    expect(a.text).toContain('Подробнее о проекте рассказал главный инженер.');
    expect(a.text).not.toMatch(/Подробнее\n|Подробнее$|Комментарии/);
  });
});

describe('an interview that puts the same questions to several people', () => {
  it('keeps every copy of a question, each before its own answer', () => {
    const people = ['Анна', 'Борис', 'Вера'];
    const a = extractHtml(`<html lang="ru"><head><meta property="og:type" content="article"></head><body><article class="article-body">${people
      .map(
        (who, i) => `<h2>${who}</h2>
        <p>Почему вы начали печь хлеб дома?</p>
        <p>— ${who}: всё началось с бабушкиного рецепта, который я нашла в старой тетради ${i + 2} года назад, и с тех пор я пеку каждую субботу.</p>
        <p>Какой совет вы дадите новичкам?</p>
        <p>— Не бойтесь ошибок, ${who.toLowerCase()} советует начинать с простого пшеничного хлеба и хорошей муки, а закваску заводить потом.</p>`,
      )
      .join('')}</article></body></html>`);
    expect(a.text.match(/Почему вы начали печь хлеб дома\?/g)).toHaveLength(3);
    expect(a.text.match(/Какой совет вы дадите новичкам\?/g)).toHaveLength(3);
  });
});

describe('a news roundup whose items open with a link', () => {
  it('keeps the items', () => {
    const item = (head: string, rest: string) => `<li><a href="/n">${head}</a> ${rest}</li>`;
    const a = extractHtml(`<html lang="de"><head><meta property="og:type" content="article"></head><body><article class="article-body">
      <p>Guten Morgen! Das sind die Nachrichten, die Sie heute kennen sollten, kurz und übersichtlich zusammengefasst.</p>
      <ol>
        ${item('Der Stadtrat hat den Bau der neuen Brücke über den Fluss beschlossen.', 'Die Arbeiten beginnen im Frühjahr und dauern drei Jahre.')}
        ${item('Die Stadtwerke erhöhen im Januar die Preise für Strom und Gas.', 'Ein Haushalt zahlt rund zehn Euro mehr im Monat.')}
        ${item('Das Hallenbad im Norden der Stadt bleibt bis zum Sommer geschlossen.', 'Grund sind Schäden am Dach nach dem Sturm.')}
      </ol>
      <p>Das Wetter bleibt bis zum Wochenende mild, am Sonntag ziehen von Westen her Wolken auf, und in der Nacht kann es regnen.</p>
      <p>Im Rathaus beginnt um zehn Uhr die Sitzung des Verkehrsausschusses, die Bürgerinnen und Bürger können sie im Livestream verfolgen.</p>
      <p>Am Abend spielt die Stadtkapelle auf dem Marktplatz, der Eintritt ist frei, und bei Regen wird das Konzert in die Stadthalle verlegt.</p>
      <p>Die Bibliothek am Bahnhof hat ab heute auch sonntags geöffnet, von elf bis siebzehn Uhr, wie die Stadt am Montag mitteilte.</p>
    </article></body></html>`);
    expect(a.text).toContain('Die Stadtwerke erhöhen im Januar');
    expect(a.text).toContain('Grund sind Schäden am Dach');
  });
});

describe('articles in scripts with denser or unmarked sentences', () => {
  const words = ['首页', '新闻', '体育', '财经', '科技', '娱乐', '汽车', '房产', '教育', '健康', '旅游', '时尚'];
  const page = (lang: string, paragraphs: string[]) => `<html lang="${lang}"><head><meta property="og:type" content="article"></head><body>
    ${menu(words)}
    <div class="wrap"><div class="left"><div class="txt">${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
    <div class="right"><ul>${words.map((w) => `<li><a href="/x/${w}">${w}频道：今日要闻与市场新变化</a></li>`).join('')}</ul></div></div>
  </body></html>`;

  it.each([
    [
      'zh',
      [
        '市政府周二宣布，新大桥将于明年春天动工。',
        '工程师表示，整个工程预计需要三年时间。',
        '不少居民对这一决定表示欢迎，但也担心施工期间的交通拥堵。',
        '市长在发布会上说，政府会尽量减少对市民出行的影响。',
        '据介绍，新桥全长约一千二百米，设计为双向六车道。',
        '项目总投资约为二十亿元，资金主要来自市级财政。',
        '交通部门将提前公布绕行方案，并在高峰时段增派人手。',
        '有专家指出，新桥建成后将明显缓解老城区的交通压力。',
      ],
    ],
    [
      'hi',
      [
        'नगर सरकार ने मंगलवार को बताया कि नए पुल का काम अगले वसंत में शुरू होगा।',
        'इंजीनियरों के अनुसार पूरे काम में लगभग तीन साल लगेंगे।',
        'कई निवासियों ने फ़ैसले का स्वागत किया पर वे निर्माण के दौरान जाम से चिंतित हैं।',
        'महापौर ने कहा कि सरकार लोगों की आवाजाही पर असर कम से कम रखेगी।',
        'नया पुल लगभग बारह सौ मीटर लंबा होगा और उसमें छह लेन होंगी।',
        'परियोजना की कुल लागत लगभग दो हज़ार करोड़ रुपये आंकी गई है।',
        'यातायात विभाग पहले से वैकल्पिक रास्तों की जानकारी देगा।',
        'विशेषज्ञों का मानना है कि पुल बनने के बाद पुराने शहर में भीड़ घटेगी।',
      ],
    ],
    [
      'th',
      [
        'รัฐบาลเมืองประกาศเมื่อวันอังคารว่าการก่อสร้างสะพานใหม่จะเริ่มในฤดูใบไม้ผลิปีหน้า',
        'วิศวกรคาดว่าโครงการทั้งหมดจะใช้เวลาประมาณสามปี',
        'ชาวบ้านจำนวนมากยินดีกับการตัดสินใจนี้ แต่กังวลเรื่องรถติดระหว่างการก่อสร้าง',
        'นายกเทศมนตรีกล่าวว่ารัฐบาลจะลดผลกระทบต่อการเดินทางของประชาชนให้มากที่สุด',
        'สะพานใหม่จะมีความยาวประมาณหนึ่งพันสองร้อยเมตร และมีหกช่องจราจร',
        'ค่าใช้จ่ายทั้งหมดของโครงการอยู่ที่ประมาณสองพันล้านบาท',
        'กรมการขนส่งจะประกาศเส้นทางเลี่ยงล่วงหน้าก่อนเริ่มงาน',
        'ผู้เชี่ยวชาญเชื่อว่าสะพานใหม่จะช่วยลดปัญหารถติดในเขตเมืองเก่า',
      ],
    ],
  ])('finds the article in %s and leaves the menus out', (lang, paragraphs) => {
    const a = extractHtml(page(lang, paragraphs));
    expect(a.pageType).toBe('article');
    for (const p of paragraphs) expect(a.text).toContain(p);
    expect(a.text).not.toContain('首页');
  });
});
