// A small curated lexicon where no maintained package exists: international bodies and other
// organisations common in news, with their abbreviations; seats of government that stand for
// their country ("the Kremlin said"); news agencies (sources, not actors).

export interface OrgEntry { name: string; aliases: string[] }

/** International and widely reported organisations: display name and the other forms news uses. */
export const ORGANIZATIONS: OrgEntry[] = [
  { name: 'NATO', aliases: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Nato', 'the alliance'] },
  { name: 'United Nations', aliases: ['UN', 'U.N.', 'the UN', 'the U.N.'] },
  { name: 'UN Security Council', aliases: ['Security Council', 'U.N. Security Council', 'United Nations Security Council', 'UNSC'] },
  { name: 'European Union', aliases: ['EU', 'E.U.', 'the EU', 'the European Union'] },
  { name: 'European Commission', aliases: ['the Commission', 'EU Commission'] },
  { name: 'European Parliament', aliases: [] },
  { name: 'European Central Bank', aliases: ['ECB'] },
  { name: 'World Health Organization', aliases: ['WHO', 'World Health Organisation'] },
  { name: 'International Monetary Fund', aliases: ['IMF'] },
  { name: 'World Bank', aliases: [] },
  { name: 'World Trade Organization', aliases: ['WTO', 'World Trade Organisation'] },
  { name: 'OPEC', aliases: ['Organization of the Petroleum Exporting Countries', 'OPEC+'] },
  { name: 'African Union', aliases: ['AU'] },
  { name: 'ASEAN', aliases: ['Association of Southeast Asian Nations'] },
  { name: 'Organization for Security and Co-operation in Europe', aliases: ['OSCE'] },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
  { name: 'International Criminal Court', aliases: ['ICC'] },
  { name: 'International Court of Justice', aliases: ['ICJ', 'World Court'] },
  { name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'] },
  { name: 'Amnesty International', aliases: ['Amnesty'] },
  { name: 'Human Rights Watch', aliases: ['HRW'] },
  { name: 'UNICEF', aliases: ["United Nations Children's Fund"] },
  { name: 'UNHCR', aliases: ['UN refugee agency', 'United Nations High Commissioner for Refugees'] },
  { name: 'UNESCO', aliases: [] },
  { name: 'Interpol', aliases: [] },
  { name: 'G7', aliases: ['Group of Seven', 'G-7'] },
  { name: 'G20', aliases: ['Group of 20', 'G-20'] },
  { name: 'Hamas', aliases: [] },
  { name: 'Hezbollah', aliases: [] },
  { name: 'Taliban', aliases: ['the Taliban'] },
  { name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'IS'] },
  { name: 'Federal Reserve', aliases: ['the Fed', 'Fed'] },
  { name: 'Pentagon', aliases: ['the Pentagon'] },
  { name: 'Congress', aliases: ['U.S. Congress', 'US Congress'] },
  { name: 'FBI', aliases: ['Federal Bureau of Investigation'] },
  { name: 'CIA', aliases: ['Central Intelligence Agency'] },
];

/** Seats of government that stand for their country (ISO 3166 alpha-3). */
export const SEATS_OF_GOVERNMENT: Record<string, string> = {
  'kremlin': 'RUS', 'white house': 'USA', 'downing street': 'GBR', 'number 10': 'GBR', 'whitehall': 'GBR',
  'elysee': 'FRA', 'elysee palace': 'FRA', 'quai dorsay': 'FRA', 'zhongnanhai': 'CHN', 'blue house': 'KOR',
  'chancellery': 'DEU', 'foggy bottom': 'USA', 'state department': 'USA', 'capitol hill': 'USA',
};

/** Cities that stand for an organisation seated there ("Brussels wants" is the EU), as agents only. */
export const ORG_SEATS = new Map<string, string>([['brussels', 'European Union']]);

/** News agencies: named as the source of a report, never an actor of it. */
export const NEWS_AGENCIES = new Set([
  'afp', 'agence france-presse', 'agence france presse', 'reuters', 'ap', 'associated press', 'the associated press',
  'pti', 'press trust of india', 'ani', 'ians', 'uni', 'dpa', 'efe', 'ansa', 'kyodo', 'kyodo news', 'yonhap',
  'xinhua', 'tass', 'ria novosti', 'interfax', 'bloomberg', 'anadolu', 'anadolu agency', 'bernama', 'bna', 'wam',
  'ips', 'upi', 'cnn', 'bbc', 'getty', 'getty images', 'shutterstock', 'ap photo', 'epa',
]);

/** Words that end an organisation's name ("… Party", "… Commission"). */
export const ORG_HEAD_WORDS = new Set([
  'party', 'commission', 'council', 'union', 'association', 'ministry', 'department', 'agency', 'bank', 'court',
  'parliament', 'assembly', 'senate', 'congress', 'committee', 'organization', 'organisation', 'federation',
  'alliance', 'front', 'movement', 'army', 'forces', 'police', 'office', 'authority', 'board', 'bureau',
  'institute', 'university', 'foundation', 'fund', 'group', 'corporation', 'company', 'inc', 'ltd', 'plc', 'corp',
  'co', 'llc', 'ag', 'sa', 'network', 'coalition', 'league', 'society', 'service', 'services', 'trust', 'tribunal',
  'cabinet', 'government', 'administration', 'navy', 'guard', 'command', 'brigade', 'brigades', 'watch', 'international',
  'club', 'team', 'fc', 'airline', 'airlines', 'airways', 'motors', 'technologies', 'labs',
  'systems', 'industries', 'holdings', 'partners', 'capital', 'media', 'reserve', 'secretariat', 'junta', 'embassy',
]);

/** Words that end the name of a publication: cited as a source, not an actor ("USA Today", "the Post-Gazette"). */
export const MEDIA_HEADS = new Set(['times', 'post', 'journal', 'news', 'gazette', 'herald', 'today', 'tribune', 'telegraph', 'guardian', 'chronicle', 'insider', 'leader', 'observer', 'express', 'mirror', 'standard', 'examiner', 'courier', 'review', 'magazine', 'newspaper', 'daily', 'weekly', 'post-gazette', 'emails', 'images', 'photos', 'video']);

/** Words that end the name of a thing, law or event, not of an actor ("Data Retention Bill", "Davis Cup"). */
export const THING_HEADS = new Set(['bill', 'act', 'law', 'cup', 'finals', 'final', 'games', 'olympics', 'championship', 'championships', 'open', 'award', 'awards', 'prize', 'festival', 'spring', 'summit', 'conference', 'war', 'plan', 'programme', 'program', 'project', 'scheme', 'treaty', 'accord', 'agreement', 'deal', 'day', 'week', 'season', 'series', 'tour', 'run', 'moon', 'tag', 'action', 'center', 'centre', 'stadium', 'airport', 'harbour', 'harbor', 'bridge', 'street', 'road', 'avenue', 'square', 'park', 'river', 'mountain', 'island', 'hospital', 'school', 'station', 'camp', 'base', 'building', 'tower', 'hall', 'index', 'average']);

/** Abbreviations common in news that never name an actor: time zones, units, technical terms. */
export const NON_ACTOR_ABBREVIATIONS = new Set(['est', 'edt', 'pst', 'pdt', 'cst', 'cdt', 'gmt', 'utc', 'bst', 'cet', 'ist', 'am', 'pm', 'tv', 'cpu', 'gpu', 'ai', 'gdp', 'ceo', 'cfo', 'coo', 'cto', 'mp', 'mps', 'ap', 'pdf', 'usb', 'faq', 'diy', 'ok', 'vip', 'dna', 'hiv', 'aids', 'covid', 'covid-19', 'ipo', 'etf', 'vpn', 'url', 'html', 'api', 'app', 'ios', 'eu27', 'sd', 'a&e', 's&p', 'q1', 'q2', 'q3', 'q4', 'ev', 'evs', 'suv']);
