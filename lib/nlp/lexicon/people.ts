// Words around people's names: titles (which give a role), honorifics (which don't), pronouns.

/** Title words that, before a name, give the person's role ("Prime Minister", "Foreign Secretary"). */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'general', 'secretary-general',
  'foreign', 'defence', 'defense', 'finance', 'interior', 'home', 'trade', 'health', 'justice', 'energy', 'chief',
  'deputy', 'state', 'king', 'queen', 'prince', 'princess', 'crown', 'emir', 'sheikh', 'ayatollah', 'supreme',
  'leader', 'governor', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'mayor', 'judge',
  'attorney', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair',
  'ceo', 'executive', 'director', 'speaker', 'pope', 'cardinal', 'bishop', 'archbishop', 'commissioner', 'colonel',
  'col', 'gen', 'lt', 'lieutenant', 'major', 'maj', 'admiral', 'adm', 'commander', 'captain', 'capt', 'sergeant',
  'officer', 'inspector', 'superintendent', 'chief-executive', 'founder', 'co-founder', 'coach', 'manager',
  'professor', 'prof', 'economy', 'economic', 'labour', 'labor', 'education', 'agriculture', 'fisheries',
  'environment', 'transport', 'security', 'national', 'affairs', 'external', 'internal', 'acting', 'former', 'opposition',
  'party', 'senior', 'first', 'lady', 'adviser', 'advisor', 'aide', 'administrator', 'negotiator', 'counsel', 'counselor', 'gov', 'cmdr', 'sgt', 'supt', 'amb', 'insider', 'analyst', 'correspondent', 'reporter', 'ombudsman', 'ombudswoman', 'mp', 'president-elect', 'attorney-general', 'monarch', 'sultan', 'tsar', 'czar', 'regent', 'pm', 'fm', 'governor-general',
]);
/** Title words that make a role by themselves ("minister"; not "foreign" or "national", which only qualify one). */
export const ROLE_HEADS = new Set([
  'president', 'minister', 'premier', 'chancellor', 'secretary', 'secretary-general', 'commissioner', 'governor',
  'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'mayor', 'judge', 'justice', 'attorney',
  'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'director',
  'leader', 'speaker', 'ceo', 'executive', 'king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'ayatollah',
  'sultan', 'monarch', 'pope', 'cardinal', 'bishop', 'archbishop', 'general', 'gen', 'colonel', 'col', 'lieutenant',
  'lt', 'major', 'maj', 'admiral', 'adm', 'commander', 'captain', 'capt', 'sergeant', 'officer', 'inspector',
  'superintendent', 'chief', 'founder', 'co-founder', 'coach', 'manager', 'professor', 'prof', 'pm', 'fm', 'lady',
  'tsar', 'czar', 'regent', 'governor-general', 'adviser', 'advisor', 'aide', 'administrator', 'negotiator', 'counsel', 'counselor', 'gov', 'cmdr', 'sgt', 'supt', 'amb', 'insider', 'analyst', 'correspondent', 'reporter', 'ombudsman', 'ombudswoman', 'mp', 'lawmaker', 'legislator', 'president-elect',
]);
/** Honorifics: they mark a person but give no role. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'mx', 'madam', 'mme', 'hon', 'rt', 'honourable', 'honorable']);
/** Personal pronouns that can stand for the subject of the sentence before. */
export const PERSON_PRONOUNS = new Set(['he', 'she']);
export const THING_PRONOUNS = new Set(['it', 'they']);
/** Named collectives that act as one ("the West", "protesters"). */
/** (A Map: a word of the text must never reach an object's prototype, like "constructor".) */
export const GROUPS = new Map<string, string>(Object.entries({
  'the west': 'the West', 'western allies': 'the West', 'western powers': 'the West', 'western nations': 'the West',
  protesters: 'protesters', protestors: 'protesters', demonstrators: 'protesters', strikers: 'strikers',
  teachers: 'teachers', farmers: 'farmers', students: 'students', doctors: 'doctors', nurses: 'nurses',
  workers: 'workers', residents: 'residents', villagers: 'villagers', activists: 'activists', rebels: 'rebels',
  separatists: 'separatists', militants: 'militants', insurgents: 'insurgents', democrats: 'Democrats',
  republicans: 'Republicans', conservatives: 'Conservatives', 'the opposition': 'the opposition', unions: 'unions',
  'trade unions': 'unions', lawmakers: 'lawmakers', legislators: 'lawmakers', fishermen: 'fishermen',
  gunmen: 'gunmen', attackers: 'attackers', customers: 'customers', deportees: 'deportees',
}));

/** Abbreviated titles, written out in a role ("Gov." → Governor). */
export const ROLE_ABBREVIATIONS = new Map<string, string>(Object.entries({
  gov: 'Governor', sen: 'Senator', rep: 'Representative', gen: 'General', cmdr: 'Commander', lt: 'Lieutenant',
  col: 'Colonel', sgt: 'Sergeant', supt: 'Superintendent', amb: 'Ambassador', pres: 'President', prof: 'Professor',
  capt: 'Captain', maj: 'Major', adm: 'Admiral', pm: 'Prime Minister', fm: 'Foreign Minister',
}));
