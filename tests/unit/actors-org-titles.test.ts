// "<Body> <Title> <Name>": a person named after the body they speak for ("Ministry of Foreign
// Affairs Spokesman Wang Wenbin") is that person, with the title as role and the body as
// affiliation; the body is an actor of its own. The sentences are invented for these tests.
import { describe, expect, it } from 'vitest';
import { analyzePlainText } from '../../lib/analyze';
import { actorsOf, find, names } from '../fixtures/lib/actors';

const MINISTRY = 'Ministry of Foreign Affairs Spokesman Chen Weiming told a briefing on Monday that the talks would go on. Chen said the delegation would arrive on Friday.';
const MIDDLE = 'On Monday, Foreign Ministry Spokeswoman Liang Hua said the visit was a provocation. Liang said ties would suffer.';
const DEMONYM = 'Chinese Foreign Ministry Spokesman Gao Ping said Beijing would respond. Gao gave no details.';
const COMMITTEE = 'Senate Judiciary Committee Chairman Roy Hadley said the hearing would go ahead. Hadley said so twice.';
const QUALIFIED = 'Interim City Police Chief Dana Ortiz said officers were ready. Ortiz asked residents to stay home.';
const SEAT = 'Kremlin spokesman Pavel Orlov said the offer stood. Orlov did not elaborate.';
const EMPLOYER = 'Commerzbank analyst Tomas Reiter said demand was weak. Reiter expects prices to fall.';
const OF_NAME = 'Ministry of Defence spokesman Oleg Dranov said the strikes had hit their targets. Dranov gave no figures.';
const PORTFOLIO = 'Communications Secretary Lena Marsh said the tariffs would stay. Marsh spoke in Ohio.';
const CHAMBER = 'Senate President Musa Bello opened the session on Tuesday. Bello said the budget would pass.';
const PLAIN_TITLE = 'Vice President Karen Doyle said the plan was sound. Doyle spoke in Denver.';

describe('actors: a body, then a title, then a name', () => {
  it('names the person without the body ("Ministry of Foreign Affairs Spokesman Chen Weiming" → Chen Weiming)', () => {
    expect(names(actorsOf(MINISTRY))).toContain('Chen Weiming');
  });

  it('leaves no part of the body in the person\'s name', () => {
    expect(actorsOf(MINISTRY).some((a) => a.type === 'person' && /Ministry|Affairs|of /.test(a.name))).toBe(false);
  });

  it('takes the title alone as the role', () => {
    expect(find(actorsOf(MINISTRY), 'Chen Weiming')?.role).toBe('Spokesman');
  });

  it('takes the body as the affiliation', () => {
    expect(find(actorsOf(MINISTRY), 'Chen Weiming')?.affiliation).toBe('Ministry of Foreign Affairs');
  });

  it('lists the body as an organisation', () => {
    expect(find(actorsOf(MINISTRY), 'Ministry of Foreign Affairs')?.type).toBe('organization');
  });

  it('merges the surname with the full name', () => {
    expect(find(actorsOf(MINISTRY), 'Chen Weiming')?.aliases).toContain('Chen');
  });

  it('reads a body named by its head word last ("Foreign Ministry Spokeswoman")', () => {
    expect(find(actorsOf(MIDDLE), 'Liang Hua')?.affiliation).toBe('Foreign Ministry');
  });

  it('keeps the demonym with the body ("Chinese Foreign Ministry")', () => {
    expect(find(actorsOf(DEMONYM), 'Gao Ping')?.affiliation).toBe('Chinese Foreign Ministry');
  });

  it('keeps the whole of a committee\'s name at the start of a sentence', () => {
    expect(find(actorsOf(COMMITTEE), 'Roy Hadley')?.affiliation).toBe('Senate Judiciary Committee');
  });

  it('gives a qualifier before the body to the role ("Interim City Police Chief" → Interim Chief)', () => {
    expect(find(actorsOf(QUALIFIED), 'Dana Ortiz')?.role).toBe('Interim Chief');
  });

  it('gives a seat of government\'s country to a lower-case title after it ("Kremlin spokesman")', () => {
    expect(find(actorsOf(SEAT), 'Pavel Orlov')?.affiliation).toBe('Russia');
  });

  it('gives the company before a lower-case title as the affiliation ("Commerzbank analyst")', () => {
    expect(find(actorsOf(EMPLOYER), 'Tomas Reiter')?.affiliation).toBe('Commerzbank');
  });

  it('takes no capitalised qualifier before a lower-case title as a body ("Former president", "Veteran senator")', () => {
    const text = 'Former president Alan Reyes said the vote mattered to the people of the city. Reyes spoke in Chicago on Monday.\n\nVeteran senator Joan Hale disagreed with the plan and said so in the chamber.';
    expect(actorsOf(text).filter((a) => a.type === 'person').map((a) => a.affiliation)).toEqual([undefined, undefined]);
  });

  it('reads "of" inside the body before a lower-case title ("Ministry of Defence spokesman")', () => {
    expect(find(actorsOf(OF_NAME), 'Oleg Dranov')?.affiliation).toBe('Ministry of Defence');
  });

  it('keeps a portfolio as part of the title ("Communications Secretary")', () => {
    expect(find(actorsOf(PORTFOLIO), 'Lena Marsh')?.role).toBe('Communications Secretary');
  });

  it('makes no organisation of a portfolio', () => {
    expect(names(actorsOf(PORTFOLIO))).not.toContain('Communications');
  });

  it('keeps a lone chamber word as part of the title ("Senate President")', () => {
    expect(find(actorsOf(CHAMBER), 'Musa Bello')?.role).toBe('Senate President');
  });

  it('makes no body of a plain title ("Vice President")', () => {
    expect(find(actorsOf(PLAIN_TITLE), 'Karen Doyle')?.role).toBe('Vice President');
  });
});

const MINISTRIES = [
  "Mexico's foreign ministry said the report was false.",
  'The Mexican foreign ministry later added that the talks would go on.',
  "Brazil's defence ministry said its jets had returned. The Brazilian Defense Ministry gave no figures.",
].join('\n\n');

describe('actors: a country\'s body however the text ties it to the country', () => {
  it('merges "Mexico\'s foreign ministry" and "the Mexican foreign ministry"', () => {
    expect(analyzePlainText(MINISTRIES, null).actors.filter((a) => /foreign ministry/i.test(a.name)).length).toBe(1);
  });

  it('merges "Brazil\'s defence ministry" and "the Brazilian Defense Ministry"', () => {
    expect(analyzePlainText(MINISTRIES, null).actors.filter((a) => /defen[cs]e ministry/i.test(a.name)).length).toBe(1);
  });

  it('names the body as the text writes it, possessive included', () => {
    expect(names(analyzePlainText(MINISTRIES, null).actors)).toContain("Brazil's defence ministry");
  });
});

describe('actors: a force named again without its country ("the military", "the army")', () => {
  const NAMED_THEN_BARE = 'The Myanmar military said two soldiers were killed near the border on Sunday. The military asked villagers in the district to stay indoors until the fighting ended.';
  const TWO_ARMIES = 'The Indian Army and the Pakistan Army exchanged fire across the border on Sunday. The army said two soldiers were wounded in the clash near the village. The army later said the soldiers were in a stable condition.';
  const PHRASE = 'A report titled Rising Pension Bills Could Outgrow Budget of Canadian Military was published on Monday. The military declined to comment on the report, officials said. The military said on Tuesday that it would publish its own figures.';
  const forces = (text: string) => actorsOf(text).filter((a) => /military|army/i.test(a.name)).map((a) => a.name);

  it('merges "the military" into the one force the article names ("the Myanmar military")', () => {
    expect(forces(NAMED_THEN_BARE)).toEqual(['Myanmar military']);
  });

  it('keeps "the army" apart when the article names two armies (which one is not said)', () => {
    expect(forces(TWO_ARMIES)).toContain('the army');
  });

  it('does not merge a force into a longer phrase that ends in its noun ("… Budget of Canadian Military")', () => {
    expect(forces(PHRASE)).toContain('the military');
  });
});
