/**
 * Hand-compiled word lists for the NER gazetteer: organization keywords, person titles and
 * roles, common first names, regions, and calendar words. Written for this project; only the
 * country and city lists come from packages (see gazetteer.ts).
 */

const words = (s: string): string[] => s.trim().split(/\s+/)
const lines = (s: string): string[] =>
  s
    .split(/[,\n]/)
    .map((x) => x.trim())
    .filter(Boolean)

/** Words that end or head organization names ("Acme Corp", "Bank of Korea", "Manchester United"). */
export const ORG_KEYWORDS = words(`
Inc Inc. Corp Corp. Corporation Co Co. Company Ltd Ltd. Limited LLC Plc PLC plc AG SA NV GmbH Bhd Group Holdings
Holding Bank Banks Airlines Airways Motors Industries Systems Technologies Communications Telecom Petroleum
Oil Energy Electric Steel Pharmaceuticals Partners Capital Securities Insurance Trust Fund Foundation Institute
University College School Association Federation Council Committee Commission Ministry Department Agency Bureau
Office Authority Board Court Parliament Assembly Congress Senate Party Front Movement Union League Organisation
Organization Society Club FC United City Rovers Athletic Wanderers Albion Hotspur County Town Sporting Real
Olympique Dynamo Spartak Tigers Lions Bears Giants Yankees Mets Sox Cubs Dodgers Braves Orioles Angels Mariners
Rangers Celtic Corporation Exchange Reserve Times Post Journal News Herald Tribune Press Agency Television Radio
Network Airlines Army Navy Police Forces Guard Brigade Church Council Alliance Coalition Cabinet Government
`)

/** Titles, honorifics and roles that come before a person's name. */
export const PERSON_TITLES = words(`
Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Sir Dame Lord Lady Rev Rev. Father Sister Brother Pope Cardinal
Bishop Archbishop Rabbi Imam Sheikh King Queen Prince Princess Emperor Sultan Emir President president
Vice Premier Prime Minister minister Chancellor chancellor Secretary secretary Governor governor Mayor mayor
Senator senator Sen. Rep. Representative Congressman Congresswoman Judge judge Justice General Gen. Colonel
Col. Lieutenant Lt. Major Maj. Captain Capt. Sergeant Sgt. Admiral Adm. Commander Marshal Chairman chairman
Chairwoman chief Chief CEO director Director spokesman spokeswoman spokesperson coach Coach striker midfielder
defender goalkeeper manager Manager captain leader Leader Ambassador ambassador envoy Envoy Deputy deputy
Speaker Inspector Detective Officer Professor professor Dr analyst economist aide
`)

/** Common first names seen in international news. */
export const FIRST_NAMES = words(`
John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary
Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick
Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Walter Ethan Jeremy
Harold Keith Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan Bryan Joe Jordan
Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Louis
Bobby Philip Johnny Bill Bob Jim Tom Tony Mike Dave Steve Ian Colin Nigel Graham Neil Martin Simon Hugh Gordon
Tony Boris Vladimir Dmitry Sergei Sergey Yuri Yury Igor Alexei Alexey Mikhail Nikolai Ivan Viktor Oleg Andrei
Pavel Hans Klaus Helmut Jurgen Wolfgang Gerhard Karl Franz Otto Dieter Jean Pierre Jacques Francois Michel
Alain Philippe Nicolas Emmanuel Luc Marco Giuseppe Giovanni Luca Paolo Silvio Romano Carlos Luis Miguel Pedro
Manuel Antonio Francisco Javier Jorge Diego Fernando Alberto Ricardo Eduardo Roberto Mohammed Mohammad Muhammad
Ahmed Ali Hassan Hussein Omar Abdul Abdullah Khalid Mahmoud Yasser Ibrahim Mustafa Recep Benjamin Yitzhak Shimon
Ariel Ehud Moshe Kim Park Lee Moon Yoon Xi Li Wang Zhang Hu Deng Jiang Shinzo Junichiro Yoshihiko Narendra
Rahul Sonia Manmohan Nelson Kofi Boutros Nawaz Benazir Imran Mary Patricia Jennifer Linda Elizabeth Barbara
Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol
Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda
Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane
Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah
Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia Judy
Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte Rose
Alexis Kayla Hillary Condoleezza Madeleine Angela Theresa Margaret Indira Golda Benazir Yulia Marine Segolene
Fatima Aisha Leila Mariam Olga Natalia Tatiana Svetlana Irina Elena Anastasia Ursula Christine Jacinda
`)

/** Continents, world regions and seas often tagged as locations. */
export const REGIONS = lines(`
Europe, Asia, Africa, North America, South America, Latin America, Central America, Middle East, Near East,
Far East, Southeast Asia, South Asia, East Asia, Central Asia, Western Europe, Eastern Europe, Central Europe,
Balkans, Caribbean, Scandinavia, Oceania, Antarctica, Arctic, Gulf, Persian Gulf, West Bank, Gaza Strip, Gaza,
Sahara, Siberia, Kashmir, Chechnya, Kosovo, Crimea, Donbas, Tibet, Xinjiang, Atlantic, Pacific, Mediterranean,
Black Sea, Baltic, Red Sea, Korean Peninsula, Pyongyang, Seoul, Wall Street, Silicon Valley, Midwest, Hollywood
`)

/** States and provinces of federal countries, frequent in datelines and sports pages. */
export const STATES = lines(`
Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Georgia, Hawaii,
Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan,
Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, New York,
North Carolina, North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota,
Tennessee, Texas, Utah, Vermont, Virginia, Washington, West Virginia, Wisconsin, Wyoming, Ontario, Quebec,
British Columbia, Alberta, Manitoba, Saskatchewan, Nova Scotia, New Brunswick, Newfoundland, New South Wales,
Queensland, Victoria, Tasmania, Western Australia, South Australia, Bavaria, Saxony, Hesse, Catalonia,
Andalusia, Lombardy, Sicily, Sardinia, Tuscany, Corsica, Brittany, Normandy, Provence, Flanders, Wallonia,
Punjab, Sindh, Bengal, Kerala, Gujarat, Assam, Mindanao, Sumatra, Java, Borneo, Bali, Aceh, Kurdistan
`)

/** Months and weekdays: capitalized, but not names in this task. */
export const CALENDAR = words(`
January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul
Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday
`)
