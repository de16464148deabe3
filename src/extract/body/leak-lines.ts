/**
 * Lines that sit inside the story's own container but are not the story: "Read also:" pointers,
 * consent placeholders of blocked embeds, share and rating prompts, table-of-contents titles,
 * comment-form notices (anywhere), and the promotion, paywall, newsletter, affiliate, disclaimer,
 * copyright and image-credit lines that close so many stories (at the end only, where a sentence
 * of the story never reads like them). Whole short blocks are matched, never words inside prose;
 * the patterns cover English, German, French, Spanish, Italian, Portuguese, Dutch and Polish.
 */
import type { RemovedReason } from '../../model/article.js'

/** Blocks longer than this are prose, whatever they start with. */
const ANYWHERE_MAX = 200
/** Closing lines longer than this are story text. */
const TAIL_MAX = 320

/** Pointers to other stories: "Read also: ...", "Lesen Sie auch", "Schon gelesen?". */
const READ_ALSO =
  /^(?:read (?:also|more|next)|also read|see also|more on this(?: story)?|related(?: article| story| stories| reading)?|recommended reading|don'?t miss|lesen sie (?:auch|mehr|hier|dazu)|lies auch|auch interessant|das k[oö]nnte sie (?:auch )?interessieren|mehr (?:zum thema|dazu|lesen)|weiterlesen|schon gelesen|zum weiterlesen|passend dazu|[aà] lire (?:aussi|[eé]galement)|lire aussi|voir aussi|sur le m[eê]me sujet|leggi anche|potrebbe interessarti|lea (?:tambi[eé]n|m[aá]s)|lee tambi[eé]n|ver tambi[eé]n|te puede interesar|leia (?:tamb[eé]m|mais)|veja tamb[eé]m|lees ook|lees meer|ook interessant|czytaj (?:te[zż]|tak[zż]e|wi[eę]cej)|zobacz (?:te[zż]|tak[zż]e))\b\s*(?:[:?!»›>|–—-]|$)/i

/** Headings of the other-stories section that follows a story. */
const MORE_STORIES =
  /^(?:related(?: articles| stories| posts| topics| content| coverage| news)?|more (?:stories|articles|news|from|on)\b.{0,40}|you (?:may|might) (?:also )?(?:like|enjoy|be interested)|explore (?:further|more)|read further\b.{0,40}|keep reading|latest (?:news|articles|stories|posts)|popular (?:posts|articles|stories)|most (?:read|popular|viewed)|trending(?: now| news| stories| articles| posts)?|recommended(?: for you| articles| stories)?|weitere (?:artikel|beitr[aä]ge|meldungen|nachrichten|themen|news)|[aä]hnliche (?:artikel|beitr[aä]ge|themen)|verwandte (?:artikel|beitr[aä]ge|themen)|das (?:k[oö]nnte|d[uü]rfte) sie (?:auch )?interessieren|sie k[oö]nnten auch an folgenden artikeln interessiert sein|meistgelesen|meist gelesen|meist gesucht|beliebte (?:artikel|beitr[aä]ge)|entdecken sie (?:jetzt|auch|mehr)\b.{0,40}|vous aimerez (?:aussi|[eé]galement)|articles? (?:similaires|connexes|li[eé]s)|dans la m[eê]me rubrique|(?:notas|noticias|art[ií]culos|contenidos) relacionad[oa]s|m[aá]s (?:noticias|le[ií]das)|articoli correlati|potrebbe interessarti anche|artigos relacionados|gerelateerde artikelen|zobacz r[oó]wnie[zż]|podobne artyku[lł]y)\s*[:?!.]?$/i

/** The heading of a press release's issuer boilerplate. */
const ABOUT_ISSUER =
  /^(?:about|[uü]ber|[aà] propos d[e'’]|acerca de|sobre|informazioni su|over|o)\s+(?!(?:us|uns|me|mich|nous|moi|nosotros|noi|ons|mnie|nas|the author|den autor|die autorin|l'auteur)\b)\p{Lu}.{0,60}$/iu

/** Placeholders of embeds the reader has not consented to load. */
const CONSENT =
  /^(?:click (?:here |the button (?:below )?)?to (?:load|show|display|view) (?:the )?(?:content|embed|video|tweet|post)|(?:by )?(?:loading|clicking)[^.]{0,60}(?:you )?(?:accept|agree)|we respect your privacy|this (?:content|embed) (?:is )?(?:blocked|hosted by a third party)|you (?:need|have) to (?:accept|allow|enable) (?:cookies|third[- ]party)|(?:external|embedded|recommended editorial) content|klicken sie (?:auf|hier)[^.]{0,80}(?:laden|anzuzeigen|entsperren|aktivieren)|mit (?:dem|einem) klick[^.]{0,80}(?:laden|einverstanden|akzeptieren)|(?:ich bin damit einverstanden|ich willige ein), dass mir externe inhalte|externer inhalt|empfohlener redaktioneller inhalt|an dieser stelle (?:finden sie|befindet sich|ist) (?:einen?|ein) (?:externe[rn]?|eingebettete[rn]?)|wir respektieren (?:deine|ihre) privatsph[aä]re|inhalt (?:laden|entsperren|anzeigen)|um (?:diesen|den) inhalt (?:zu sehen|anzuzeigen)|cliquez (?:ici )?pour (?:afficher|charger) le contenu|haga clic para cargar|clicca per (?:caricare|visualizzare))/i

/** Prompts to share, print, rate or comment, and comment-form notices. */
const PROMPT =
  /^(?:(?:share|print|email|e-mail|rate) this (?:article|story|post|page|recipe)|(?:was|is) this (?:article|post|page|story|information) (?:helpful|useful)|how (?:useful|helpful) was this|did you (?:like|enjoy) this (?:article|post)|(?:m[oö]chten sie|willst du|wollen sie) (?:den|diesen|dieses) (?:artikel|beitrag|rezept|video) teilen|(?:diesen |den )?(?:artikel|beitrag|seite) (?:teilen|drucken|empfehlen|bewerten)|(?:war|ist) (?:der|dieser|dieses) (?:artikel|beitrag|rezept|text) (?:hilfreich|n[uü]tzlich|lesenswert)|wie (?:hat|gef[aä]llt) (?:ihnen|dir|euch) (?:der|dieser|dieses) (?:artikel|beitrag|rezept)|bewerten sie (?:diesen|den) (?:artikel|beitrag)|(?:partagez|partager) cet article|condividi (?:questo|l'articolo)|comparte (?:esta|este) (?:nota|art[ií]culo|noticia)|(?:leave|post|write|add) a (?:reply|comment|review)|(?:добавить|оставить|написать) (?:отзыв|комментарий)|comments? (?:are )?closed|(?:schreibe|hinterlasse|verfasse) einen kommentar|kommentare? (?:sind |ist )?(?:geschlossen|deaktiviert)|kommentieren (?:ist )?(?:nicht (?:mehr )?m[oö]glich|deaktiviert)|your email address will not be published|deine e-mail-adresse wird nicht ver[oö]ffentlicht|ihre e-mail-adresse wird nicht ver[oö]ffentlicht|laisser un commentaire|lascia un commento|deja (?:un|tu) comentario|para comentar (?:debes|tienes|es necesario)|order reprints|print article|reprints? (?:&|and) permissions|(?:\d+ )?(?:votes?|ratings?|bewertungen|stimmen)\b.{0,40}$|(?:average|durchschnittliche) (?:rating|bewertung))/i

/** Notices for readers without JavaScript. */
const NO_SCRIPT =
  /\b(?:(?:enable|activate|turn on|needs?|requires?) javascript|javascript (?:is )?(?:disabled|required|deaktiviert)|javascript (?:aktivieren|einschalten)|activez javascript|habilite javascript)\b/i

/** Table-of-contents titles. */
const TOC = /^(?:table of contents|contents|inhaltsverzeichnis|inhalt|inhalte|sommaire|[ií]ndice|spis tre[sś]ci|inhoudsopgave|inhoud)\s*[:]?$/i

/** Calls to follow, subscribe, download an app, join a channel or support the outlet. */
const PROMO =
  /^(?:follow (?:us|me|@?\S+(?: \S+){0,3}) on|like us on|join (?:us|our)\b.{0,40}\b(?:on|telegram|whatsapp|discord|community)|(?:sign up|subscribe|register)\b|get (?:our|the) (?:newsletter|app|latest)|download (?:our|the) (?:free )?app|for the latest (?:news|stories|updates)|support (?:us|our|independent)|(?:become|be) a (?:member|subscriber|patron)|(?:unterst[uü]tze|unterst[uü]tzen sie) (?:uns|unsere|unseren|den|das|die)|folgen sie uns|folge uns|abonnieren sie|jetzt (?:abonnieren|anmelden|registrieren|testen|unterst[uü]tzen|spenden)|melden sie sich (?:jetzt )?(?:f[uü]r|zum|zu unserem) newsletter|(?:hol|holen) (?:dir|sie sich) (?:den|unseren) newsletter|gef[aä]llt (?:dir|ihnen) unser|suivez-nous|abonnez-vous|inscrivez-vous|seguici|iscriviti|s[ií]guenos|suscr[ií]bete|[¡!]?mira lo que tiene nuestro canal|(?:¿)?ya sab[ií]as que\b.{0,60}\b(?:canal|newsletter|bolet[ií]n|app)|tenemos (?:un )?canal|volg ons|schrijf je in|obserwuj nas|zapisz si[eę]|subscribe now|get\b.{1,60}\bdelivered (?:to|through|straight to|right to) your (?:door|doorstep|letterbox|letter box|inbox|mailbox|home))/i

/** The rest of the story is for subscribers. */
const PAYWALL =
  /\b(?:to (?:view|read|continue reading|access) (?:the )?(?:full|entire|rest of the) (?:story|article)|to continue reading|already a subscriber|subscribe (?:now )?(?:to|for) (?:read|continue|full|unlimited)|first-time subscribers|pour (?:lire|d[eé]couvrir) la suite|pour acc[eé]der (?:en illimit[eé]|[aà] (?:cet|l'int[eé]gralit[eé]))|r[eé]serv[eé] aux abonn[eé]s|weiterlesen mit|lesen sie (?:jetzt )?(?:weiter|den ganzen artikel) mit|dieser (?:artikel|beitrag) ist (?:nur )?f[uü]r abonnenten|exklusiv f[uü]r abonnenten|contenido exclusivo para (?:suscriptores|socios)|per continuare a leggere)\b/i

/** Disclaimers, affiliate disclosures and rights notices. */
const NOTICE =
  /\b(?:(?:is|are) not responsible for (?:the )?(?:opinions?|content|views)|(?:the )?(?:opinions?|views) expressed (?:in this|here|by)|(?:this|the) (?:post|article|page|story) (?:may )?contains? (?:affiliate|references to products|sponsored)|affiliate[- ]links?|as an amazon associate|(?:we|i) (?:may )?(?:earn|receive) (?:a )?(?:small )?commission|(?:wir|ich) erhalten (?:ggf\. )?(?:eine )?provision|als amazon-partner|partnerlinks?|werbelinks?|for your personal,? non-commercial use only|haftungsausschluss|disclaimer\s*:|alle angaben ohne gew[aä]hr|vervielf[aä]ltigung (?:nur )?mit (?:genehmigung|erlaubnis)|nachdruck (?:nur )?mit|all rights reserved|alle rechte vorbehalten|tous droits r[eé]serv[eé]s|todos los derechos reservados|tutti i diritti riservati|wszelkie prawa zastrze[zż]one)\b/i

/**
 * Image credits printed as their own line ("Title image: Agency/Name"). "Source:" lines are left to
 * the credit-line step, which reads the outlet they name.
 */
const CREDIT_LINE =
  /^\(?(?:(?:title|header|cover|featured|top|lead)?\s*(?:image|images|photo|photos|picture|pictures|illustration|photo credits?|image credits?)|titelbild|titelfoto|beitragsbild|headerbild|aufmacherbild|vorschaubild|teaserbild|fotos?|bilder?|bildquellen?|bildnachweise?|foto de portada|imagen|zdj[eę]cie|foto's)\s*(?:\([^)]{0,40}\)\s*)?[:：]/i

/** Photo agencies and papers that credit pictures as "Photographer/Agency". */
const PHOTO_AGENCY = String.raw`(?:getty images|getty|ap(?: photo)?|afp|reuters|epa(?:-efe)?|efe|shutterstock|istock(?:photo)?|bloomberg(?: news)?|nurphoto|sipa(?: usa| press)?|zuma (?:press|wire)|alamy|corbis|pool|invision|rex(?: features)?|pa(?: images| wire| media)?|anadolu(?: agency)?|xinhua|tass|sopa images|lightrocket|redux|dpa|picture alliance|imago|abaca|the new york times|the washington post|cq roll call)`

/**
 * A photo credit on its own line: "Win McNamee/Getty Images", "AP Photo/Evan Vucci", "[Featured
 * Image by Joe Raedle/Getty Images]". Left in the text, the credit reads as a person's name and
 * the next sentence's "He" resolves to it. The slash to a known agency keeps story lines out.
 */
const PHOTO_CREDIT = new RegExp(
  String.raw`^\[?(?:(?:featured |top |lead )?(?:photo|image|photograph|picture)s?(?: by)?:?\s+)?(?:(?:[\p{L}.'’ -]{2,60}\s*\/\s*${PHOTO_AGENCY})|(?:${PHOTO_AGENCY}\s*\/\s*[\p{L}.'’ -]{2,60}))(?:\s+via\s+${PHOTO_AGENCY})?\]?$`,
  'iu',
)

/** A name of two to four capitalised words, then "for" and the rest: "Lena Hart for The New York Times". */
const NAME_FOR = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3} for (.{2,40})$/u
const AGENCY_ONLY = new RegExp(String.raw`^${PHOTO_AGENCY}$`, 'i')

/** A photographer credited to the paper or agency they worked for ("Lena Hart for The New York Times"), on its own line. */
function isNameForAgency(text: string): boolean {
  const m = NAME_FOR.exec(text)
  return m !== null && AGENCY_ONLY.test(m[1] ?? '')
}

/**
 * A CNBC-style credit that parts photographer, outlet and agency with bars: "Natalie Naccache |
 * Bloomberg | Getty Images". Only a line that ends in a known agency.
 */
const BAR_CREDIT = new RegExp(String.raw`^[\p{L}.'’ -]{2,60}(?:\s\|\s[\p{L}.'’ -]{2,40}){0,2}\s\|\s${PHOTO_AGENCY}$`, 'iu')

/**
 * Media labels printed as their own line ("Image caption", "Image copyright Getty Images", "Media
 * playback is unsupported on your device", an embed's "Twitter content"): read as text, the first
 * words pass for a name ("Image Caption" as an actor).
 */
const MEDIA_LABEL =
  /^(?:(?:image|media|video) (?:caption|copyright|source)\b|media playback is (?:unsupported|not supported) on your device\b|(?:twitter|instagram|facebook|youtube|tiktok|x) content$)/i

/**
 * Slideshow furniture: a picture count ("4 PHOTOS"), a call to open the gallery ("See Gallery",
 * "See photos from this story:"), the note that the story goes on under it, and a gallery's title
 * in Chinese (图集). Counters ("Image 1 of 5") are `isGalleryCounter`'s.
 */
const GALLERY_LABEL =
  /^(?:\d{1,3} (?:photos|images|pictures|photographs|slides|fotos|bilder)|(?:see|view|open|launch|browse|enlarge) (?:the )?(?:full )?(?:photo )?(?:gallery|slideshow)|(?:see|view) (?:all )?(?:\d{1,3} )?(?:photos|images|pictures)(?: (?:from|of|in) this (?:story|article))?\s*:?|(?:the )?(?:story|article) continues (?:below|after) (?:the )?(?:gallery|slideshow|photos)|图集|组图)$/i

/** A slideshow's counter: "Image 1 of 5", "Foto 2 von 9", "1 / 12"; a bare "of" is one whose numbers were pictures. */
const GALLERY_COUNTER = /^(?:(?:image|photo|picture|slide|foto|bild|imagen|immagine)\s*)?(\d{1,3})\s*(?:of|von|de|di|sur)\s*(\d{1,3})$|^(\d{1,3}) \/ (\d{1,3})$|^of$/i

/**
 * Video player furniture: a duration label ("VIDEO5:2605:26", "Video 2:31"), a clip's date run into
 * its duration ("Sept. 2, 201602:06"), a "Watch video: <title>" label over a player, an expired-clip notice, a video credit, a bare "Watch" over the
 * player, and the call to watch more of the outlet's videos (with its channel on a second line).
 */
const VIDEO_LABEL =
  /^(?:video\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2}, (?:19|20)\d{2}\d{1,2}:\d{2}|(?:we(?:['’]re| are)? sorry|we apologi[sz]e|sorry),? (?:but )?this video (?:has expired|is (?:no longer |not |un)available)\.?|watch more (?:of our )?videos\b[\s\S]{0,80}|(?:video|footage) courtesy(?: of)? [^.!?\n]{2,60}|watch|watch (?:the )?video|play video|(?:watch|simak|tonton|saksikan|regardez|mira|guarda|schauen sie)\s+(?:the |our |la |el |das )?(?:video|vid[eé]o)s?\s*[:"“„«][^\n]{1,100})$/i

/**
 * An ad slot's label left without its ad ("Anzeige:", "Werbung:", Indonesian "Iklan", Japanese
 * "[PR]"); the bare English and German words are already dropped as page furniture.
 */
const AD_LABEL = /^(?:advertisement|advertising|anzeige|werbung|publicit[eé]|pubblicit[aà]|publicidad|publicidade|reklama|reklame|advertentie|iklan|реклама|广告|広告|\[(?:pr|ad|広告)\])\s*[:：]?$/i

/**
 * Widget text: a player's "Loading" (and its error: "LOADINGERROR LOADING"), "Scroll to Continue",
 * a bookmark button's "Story Saved" toast and the reading-time label ("Temps de lecture : 4 min").
 */
const WIDGET_TEXT =
  /^(?:loading\W*(?:error\s*loading\W*)?|scroll (?:down )?to continue(?: reading| with content)?|story saved|you can find this story in my bookmarks\b.{0,80}|(?:temps de lecture|reading time|lesezeit|lesedauer|tiempo de lectura|tempo di lettura)\s*[:：]?\s*\d{1,3}\s*(?:min|mins|minutes?|minuten)\.?)$/i

/**
 * A link to the story in another language or edition, printed as its own line: "Read this story
 * in Bengali", "Also available in Spanish", "Leer en español", "Lire en anglais", "Auf Englisch lesen".
 */
const LANGUAGE_SWITCH = new RegExp(
  String.raw`^(?:(?:read|view|see|watch|listen to) (?:this|the) (?:story|article|report|post|page|interview|piece)(?: in| in the) \p{L}+(?: version| edition)?|(?:read|view)(?: it)? in \p{L}+|(?:this (?:story|article) is )?(?:also )?available in \p{L}+|(?:read|view) the \p{L}+ (?:version|edition|translation)(?: of this (?:story|article))?|(?:leer|ver|lea) (?:en|esta nota en|este art[ií]culo en) \p{L}+|(?:lire|voir) (?:en|cet article en) \p{L}+|(?:leggi|leggere) (?:in|l'articolo in) \p{L}+|auf \p{L}+ lesen|(?:diesen )?artikel auf \p{L}+ lesen|this (?:story|article) in \p{L}+)\s*[.:»›>]?$`,
  'iu',
)

/** Language names in English and in their own language, which a language-switch line must name. */
const LANGUAGE_NAME =
  /\b(?:english|bengali|bangla|hindi|urdu|tamil|telugu|marathi|gujarati|kannada|malayalam|punjabi|odia|assamese|nepali|sinhala|spanish|espa[nñ]ol|french|fran[cç]ais|anglais|german|deutsch|deutscher|englisch|italian|italiano|inglese|portuguese|portugu[eê]s|ingl[eé]s|dutch|russian|chinese|japanese|korean|arabic|persian|farsi|turkish|hebrew|greek|polish|ukrainian|swahili|indonesian|vietnamese|thai|malay|tagalog|catalan|catal[aà]|basque|galician|welsh|irish|gaelic|swedish|danish|norwegian|finnish|hungarian|czech|romanian|serbian|croatian)\b/iu

/** A line that only links to the story in another language ("Read this story in Bengali"). */
function isLanguageSwitch(text: string): boolean {
  return text.length <= 80 && LANGUAGE_SWITCH.test(text) && LANGUAGE_NAME.test(text)
}

/** True for a slideshow counter whose position is within its count ("3 of 5", not "7 of 5"). */
function isGalleryCounter(text: string): boolean {
  const m = GALLERY_COUNTER.exec(text)
  if (!m) return false
  const at = Number(m[1] ?? m[3] ?? 1)
  const of = Number(m[2] ?? m[4] ?? 1)
  return at >= 1 && at <= of
}

/**
 * A row of share or follow buttons whose labels the page ran together ("Facebook Twitter",
 * "FacebookTwitterInstagramKOO APPYOUTUBE"): two or more network names and nothing else.
 */
const SHARE_ROW = /^(?:(?:facebook|twitter|instagram|whatsapp|linkedin|pinterest|reddit|telegram|youtube|tiktok|koo app|flipboard|e-?mail|print|copy link|share)[\s|,·•/]*){2,}$/i

/** A greeting that signs a post off ("Liebe Grüße, Anna", "x Franzi", "Cheers, Tom"): the author's, so story text. */
export const SIGN_OFF =
  /^(?:(?:liebe|viele|herzliche|beste|sonnige|gr[uü]ne) gr[uü][sß]e|lg|gru[sß]|eure?|euer|deine?|dein|ihre?|cheers|best|love|xoxo|x{1,3}|bis bald|bis dann|[aà] bient[oô]t|bisous|saludos|un abrazo|ciao|un saluto|groetjes|pozdrawiam)\b/i

/**
 * Why a block marks the end of the story (the other-stories section, a paywall or sign-up pitch,
 * a comment form, a notice), or null. Everything after such a marker near the end is cut too.
 */
export function endMarkerReason(text: string, heading = false): RemovedReason | null {
  if (text.length > TAIL_MAX) return null
  // Press releases close with the issuer's boilerplate under "About <Company>".
  if (heading && ABOUT_ISSUER.test(text)) return 'boilerplate'
  if (text.length <= 80 && (MORE_STORIES.test(text) || READ_ALSO.test(text))) return 'related'
  if (PAYWALL.test(text)) return 'boilerplate'
  if (PROMO.test(text)) return 'newsletter'
  if (text.length <= ANYWHERE_MAX && PROMPT.test(text) && /komment|comment|coment|reply|r[eé]pon|review|отзыв|коммент/i.test(text)) return 'comments'
  return null
}

/** Why a short block anywhere in the container is not story text, or null. */
export function leakReason(text: string): RemovedReason | null {
  if (text.length > ANYWHERE_MAX) return null
  if (READ_ALSO.test(text)) return 'related'
  if (CONSENT.test(text)) return 'chrome'
  if (PROMPT.test(text)) return text.length > 60 && /\bkomment|comment|coment|reply/i.test(text) ? 'comments' : 'share'
  if (TOC.test(text)) return 'nav'
  if (NO_SCRIPT.test(text)) return 'chrome'
  if (text.length <= 80 && MORE_STORIES.test(text)) return 'related'
  if (text.length <= 160 && CREDIT_LINE.test(text)) return 'caption'
  if (text.length <= 100 && PHOTO_CREDIT.test(text)) return 'caption'
  if (text.length <= 100 && BAR_CREDIT.test(text)) return 'caption'
  if (text.length <= 100 && isNameForAgency(text)) return 'caption'
  if (MEDIA_LABEL.test(text)) return 'caption'
  if (text.length <= 100 && SHARE_ROW.test(text)) return 'share'
  if (text.length <= 60 && (GALLERY_LABEL.test(text) || isGalleryCounter(text))) return 'caption'
  if (VIDEO_LABEL.test(text)) return 'caption'
  if (AD_LABEL.test(text)) return 'ad'
  if (WIDGET_TEXT.test(text)) return 'chrome'
  if (isLanguageSwitch(text)) return 'nav'
  return null
}

/** Why a block that closes the story is not story text, or null. */
export function tailLeakReason(text: string): RemovedReason | null {
  if (text.length > TAIL_MAX) return null
  const anywhere = leakReason(text)
  if (anywhere) return anywhere
  if (PROMO.test(text)) return 'newsletter'
  if (PAYWALL.test(text)) return 'boilerplate'
  if (NOTICE.test(text)) return 'boilerplate'
  return null
}
