import { test } from 'node:test'
import assert from 'node:assert/strict'
import { decideLanguage, detectLanguage } from './language.js'

const SAMPLES: Record<string, string> = {
  en: 'The government said on Thursday that the talks would resume in Geneva after the summer, and that it was ready.',
  fr: 'Le gouvernement a déclaré jeudi que les négociations reprendraient à Genève après l’été et qu’il était prêt.',
  de: 'Die Regierung hat am Donnerstag erklärt, dass die Gespräche nach dem Sommer in Genf fortgesetzt werden.',
  es: 'El gobierno dijo el jueves que las negociaciones se reanudarán en Ginebra después del verano y que está listo.',
  it: 'Il governo ha dichiarato giovedì che i negoziati riprenderanno a Ginevra dopo l’estate e che è pronto.',
  pt: 'O governo disse na quinta-feira que as negociações serão retomadas em Genebra depois do verão e que está pronto.',
  nl: 'De regering zei donderdag dat de gesprekken na de zomer in Genève worden hervat en dat zij er klaar voor is.',
  sv: 'Regeringen sade på torsdagen att förhandlingarna kommer att återupptas i Genève efter sommaren och att den är redo.',
  pl: 'Rząd poinformował w czwartek, że negocjacje zostaną wznowione w Genewie po lecie i że jest na to gotowy.',
  tr: 'Hükümet perşembe günü yaptığı açıklamada müzakerelerin yazdan sonra Cenevre’de yeniden başlayacağını ve buna hazır olduğunu söyledi, bu çok önemli.',
  id: 'Pemerintah mengatakan pada hari Kamis bahwa perundingan akan dilanjutkan di Jenewa setelah musim panas dan bahwa ini adalah langkah yang penting.',
  ru: 'Правительство заявило в четверг, что переговоры возобновятся в Женеве после лета и что оно к этому готово.',
  uk: 'Уряд заявив у четвер, що переговори відновляться в Женеві після літа і що він до цього готовий.',
  el: 'Η κυβέρνηση δήλωσε την Πέμπτη ότι οι διαπραγματεύσεις θα συνεχιστούν στη Γενεύη μετά το καλοκαίρι.',
  ar: 'قالت الحكومة يوم الخميس إن المفاوضات ستستأنف في جنيف بعد الصيف وإنها مستعدة لذلك.',
  fa: 'دولت روز پنجشنبه گفت که مذاکرات پس از تابستان در ژنو از سر گرفته می‌شود و برای آن آماده است.',
  he: 'הממשלה אמרה ביום חמישי כי המשא ומתן יתחדש בז׳נבה אחרי הקיץ.',
  hi: 'सरकार ने गुरुवार को कहा कि गर्मियों के बाद जिनेवा में बातचीत फिर से शुरू होगी।',
  ja: '政府は木曜日、夏の後にジュネーブで交渉を再開すると発表した。',
  zh: '政府周四表示，谈判将在夏季之后在日内瓦恢复。',
  ko: '정부는 목요일 여름 이후 제네바에서 협상을 재개할 것이라고 밝혔다.',
  th: 'รัฐบาลกล่าวเมื่อวันพฤหัสบดีว่าการเจรจาจะกลับมาดำเนินการอีกครั้งที่เจนีวา',
}

for (const [code, text] of Object.entries(SAMPLES)) {
  test(`should identify ${code}`, () => {
    assert.equal(detectLanguage(text)?.code, code)
  })
}

test('should not guess on text too short to tell', () => {
  assert.equal(detectLanguage('OK'), null)
  assert.equal(detectLanguage(''), null)
})

// Its cost per call on a 2 MB page (a bounded sample, not a full scan) is timed by `npm run bench:extract-bounds`.
test('should tell the language of a long page from a sample of it', () => {
  assert.equal(detectLanguage(SAMPLES['en']!.repeat(20_000))?.code, 'en')
})

test('should let a confident text overrule the language a page declares, and say so', () => {
  const d = decideLanguage('de', SAMPLES['en']!.repeat(3), null)
  assert.equal(d.code, 'en')
  assert.equal(d.source, 'text')
  assert.equal(d.declared, 'de')
  assert.ok(d.confidence >= 0.9)
})

test('should keep the declared language when the text is too short to tell', () => {
  assert.deepEqual(decideLanguage('fr', 'OK', null), { code: 'fr', confidence: 0.8, source: 'declared' })
})

test('should assume English with no confidence when nothing tells the language', () => {
  assert.deepEqual(decideLanguage(null, '', null), { code: 'en', confidence: 0, source: 'default' })
})

test('should tell Indonesian from Malay, which the detector does not know apart', () => {
  assert.equal(detectLanguage('Pemerintah mengatakan bahwa perundingan akan dilanjutkan karena ini adalah langkah yang penting bagi negara.')?.code, 'id')
  assert.equal(detectLanguage('Kerajaan berkata bahawa rundingan akan diteruskan kerana ia adalah langkah yang penting bagi negara.')?.code, 'ms')
})
