// Demands from plain article text (analyzePlainText): who demands what of whom, each demand once;
// negated, hypothetical and questioned demands are none. The sentences are invented for these tests.
import { describe, expect, it } from 'vitest';
import { analyzePlainText } from '../../lib/analyze';
import type { Analysis } from '../../lib/types';

const cache = new Map<string, Analysis>();
function analysisOf(text: string, title: string | null = null): Analysis {
  const key = `${title ?? ''}\u0000${text}`;
  if (!cache.has(key)) cache.set(key, analyzePlainText(text, title));
  return cache.get(key)!;
}
const demandsOf = (text: string, title: string | null = null) => analysisOf(text, title).demands;

const URGED = 'The Fishermen\'s Federation urged the European Commission to raise the cod quota for next season.';
const URGED_COUNTRY = 'Germany urged Poland to reopen the border crossing before the holidays.';
const DEMANDED_THAT = 'Mayor Tom Ellis demanded that the bus company restore the evening routes. Ellis said the cuts hurt people who work late.';
const DEMANDS_INCLUDED = 'Kenya\'s demands included debt relief and a seat on the lenders\' committee, the finance ministry said.';
const WANTS = 'Moscow wants NATO to halt its expansion eastward, the foreign ministry said.';

describe('demands: who asks what of whom', () => {
  it('"X urged Y to do Z": the demander is X', () => {
    expect(demandsOf(URGED).map((d) => d.actor)).toEqual(['Fishermen\'s Federation']);
  });

  it('"X urged Y to do Z": the target includes Y', () => {
    expect(demandsOf(URGED)[0]?.target).toContain('European Commission');
  });

  it('"X urged Y to do Z": the demand is Z', () => {
    expect(demandsOf(URGED)[0]?.demand).toBe('raise the cod quota for next season');
  });

  it('"X urged Y to do Z": the trigger is the verb as written', () => {
    expect(demandsOf(URGED)[0]?.trigger).toBe('urged');
  });

  it('"X urged Y to …" between two countries: the target is the other country', () => {
    expect(demandsOf(URGED_COUNTRY).map((d) => [d.actor, d.target])).toEqual([['Germany', ['Poland']]]);
  });

  it('"X demanded that …": the demander is X, named in full', () => {
    expect(demandsOf(DEMANDED_THAT).map((d) => d.actor)).toEqual(['Tom Ellis']);
  });

  it('"X demanded that …": the evidence is the sentence, verbatim', () => {
    expect(demandsOf(DEMANDED_THAT)[0]?.evidence).toBe('Mayor Tom Ellis demanded that the bus company restore the evening routes.');
  });

  it('"X demanded that …": the demand is what follows "that"', () => {
    expect(demandsOf(DEMANDED_THAT)[0]?.demand).toBe('the bus company restore the evening routes');
  });

  it('"X\'s demands included …": the possessor is the demander', () => {
    expect(demandsOf(DEMANDS_INCLUDED).map((d) => d.actor)).toEqual(['Kenya']);
  });

  it('"X\'s demands included …": the demand is what was included, without the attribution', () => {
    expect(demandsOf(DEMANDS_INCLUDED)[0]?.demand).toBe('debt relief and a seat on the lenders\' committee');
  });

  it('"Moscow wants NATO to …": the capital demands for its country, of NATO', () => {
    expect(demandsOf(WANTS).map((d) => [d.actor, d.target])).toEqual([['Russia', ['NATO']]]);
  });

  it('"Y rejected X\'s demand that …" reports X\'s demand', () => {
    expect(demandsOf('Spain rejected Morocco\'s demand that it close the fishing grounds.').map((d) => d.actor)).toEqual(['Morocco']);
  });

  it('resolves "It also wants …" to the organisation named before', () => {
    const text = 'The European Commission wants member states to cut methane emissions by 2030. It also wants tighter checks on imports.';
    expect(demandsOf(text).map((d) => [d.actor, d.demand])).toEqual([
      ['European Commission', 'member states to cut methane emissions by 2030'],
      ['European Commission', 'tighter checks on imports'],
    ]);
  });

  it('names the demander as an entry of the actors list', () => {
    const a = analysisOf(DEMANDED_THAT);
    expect(a.actors.map((x) => x.name)).toContain(a.demands[0]?.actor);
  });
});

describe('demands: what is no demand', () => {
  it('"X did not demand …" is none', () => {
    expect(demandsOf('Chile did not demand compensation for the damaged pipeline, officials said on Monday.')).toEqual([]);
  });

  it('"X has not demanded …" is none', () => {
    expect(demandsOf('Chile has not demanded compensation for the damaged pipeline, officials said on Monday.')).toEqual([]);
  });

  it('"X never demanded …" is none', () => {
    expect(demandsOf('Chile never demanded compensation for the damaged pipeline, officials said on Monday.')).toEqual([]);
  });

  it('"X did not urge Y to …" is none', () => {
    expect(demandsOf('Chile did not urge Peru to close the border crossing, officials said on Monday.')).toEqual([]);
  });

  it('"X refused to demand …" is none', () => {
    expect(demandsOf('Chile refused to demand compensation for the damaged pipeline.')).toEqual([]);
  });

  it('a hypothetical ("X would demand … if …") is none', () => {
    expect(demandsOf('Spain would demand compensation if the talks failed, a spokesman said.')).toEqual([]);
  });

  it('a question ("Did X urge Y to …?") is none', () => {
    expect(demandsOf('Did Chile urge Peru to close the border crossing last week?')).toEqual([]);
  });

  it('a question ("Does X want …?") is none', () => {
    expect(demandsOf('Does Chile want compensation for the damaged pipeline?')).toEqual([]);
  });
});

describe('demands: each demand once', () => {
  it('the same demand in the headline and the body is listed once', () => {
    const title = 'Germany urges Poland to reopen border crossing before holidays';
    expect(demandsOf(`${URGED_COUNTRY} Berlin said the closure was hurting trade.`, title)).toHaveLength(1);
  });

  it('when headline and body repeat a demand, the evidence is the body\'s sentence', () => {
    const title = 'Germany urges Poland to reopen border crossing before holidays';
    expect(demandsOf(`${URGED_COUNTRY} Berlin said the closure was hurting trade.`, title)[0]?.evidence).toBe(URGED_COUNTRY);
  });

  it('the same demand repeated in two paragraphs is listed once', () => {
    const text = `${URGED_COUNTRY}\n\nOn Wednesday Germany again urged Poland to reopen the border crossing before the holidays.`;
    expect(demandsOf(text)).toHaveLength(1);
  });
});

describe('demands: the forms news uses', () => {
  it('"pressing X to …": the addressee is X', () => {
    expect(demandsOf('Vietnam is pressing China to withdraw its survey ship from the disputed waters.')[0]?.target).toEqual(['China']);
  });

  it('"pressing X to …": the trigger is the verb alone', () => {
    expect(demandsOf('Vietnam is pressing China to withdraw its survey ship from the disputed waters.')[0]?.trigger).toBe('pressing');
  });

  it('the attribution ", officials said" is not part of the demand', () => {
    expect(demandsOf('Germany urged Poland to reopen the border crossing before the holidays, officials said.')[0]?.demand).toBe('reopen the border crossing before the holidays');
  });

  it('"doesn’t want" (a curly apostrophe) is a negation', () => {
    expect(demandsOf('But Canada doesn’t want to hear about the potential problems with the pipeline.')).toEqual([]);
  });

  it('a reported "must" is a demand by the speaker: `"…must…," X said`', () => {
    expect(demandsOf('"Ruritania must allow the convoys through," Foreign Minister Ana Petrovic said on Monday.').map((d) => d.actor)).toEqual(['Ana Petrovic']);
  });

  it('a reflection ("we must ask") is no demand', () => {
    expect(demandsOf('"But we must ask who we are as a nation," Senator Ana Petrovic said.')).toEqual([]);
  });

  it('"adamant that …" reports a demand', () => {
    expect(demandsOf('Opposition lawmakers are adamant that Yoon Suk Yeol be removed from office.').map((d) => d.demand)).toEqual(['Yoon Suk Yeol be removed from office']);
  });

  it('"insisted that" + a statement of fact is no demand', () => {
    expect(demandsOf('Senator Ana Petrovic insisted that the jury was still out on the tax cuts.')).toEqual([]);
  });

  it('two demands joined by "and the …" are split', () => {
    expect(demandsOf('Serbia’s demands included stopping the alliance from expanding east and the withdrawal of troops from its borders.')).toHaveLength(2);
  });
});

describe('demands: the demander beyond the plain subject', () => {
  it('a passive agent is the demander ("was told by X to …")', () => {
    expect(demandsOf('Colonel Ana Petrovic said she was told by Defence Minister Marko Ilic to withdraw the report.').map((d) => d.actor)).toEqual(['Marko Ilic']);
  });

  it('an infinitive trigger takes the main clause\'s subject ("rallied … to call for")', () => {
    expect(demandsOf('Thousands of Indiana teachers rallied at the Statehouse to call for better pay.').map((d) => d.actor)).toEqual(['Indiana teachers']);
  });

  it('"would like to see X …" is a demand', () => {
    expect(demandsOf('Germany would like to see Poland reopen the border crossing before the holidays.').map((d) => d.demand)).toEqual(['Poland reopen the border crossing before the holidays']);
  });

  it('"pressed his team to …" is a demand with a generic addressee', () => {
    expect(demandsOf('President Maria Santos pressed her team to double the grain purchases.').map((d) => d.demand)).toEqual(['double the grain purchases']);
  });
});

describe('demands: quotations of several sentences', () => {
  const QUOTE = [
    'The aid convoy waited at the border for a third day.',
    '“The government must open the crossing today. The refugees must not be made to wait any longer,” said Ana Petrovic, a spokeswoman for the agency.',
  ].join('\n\n');

  it('each "must" in a quotation is a demand by its speaker', () => {
    expect(demandsOf(QUOTE).map((d) => d.actor)).toEqual(['Ana Petrovic', 'Ana Petrovic']);
  });

  it('a demand inside a quotation ends where its sentence ends', () => {
    expect(demandsOf(QUOTE)[0]?.demand).toBe('open the crossing today');
  });
});

describe('demands: positions and insistence', () => {
  it('wanting a policy is a demand ("want to make the tax cuts permanent")', () => {
    expect(demandsOf('Republicans in the House want to make the tax cuts permanent.').map((d) => d.demand)).toEqual(['make the tax cuts permanent']);
  });

  it('wanting an experience is not ("wanted to hear about it")', () => {
    expect(demandsOf('Republicans in the House wanted to hear about the tax cuts.')).toEqual([]);
  });

  it('"insisting X finishes …" (no "that") is a demand', () => {
    expect(demandsOf('President Robert Mugabe is insisting his deputy finishes the term.').map((d) => d.actor)).toEqual(['Robert Mugabe']);
  });

  it('of coordinated subjects the first named is the demander', () => {
    expect(demandsOf('Robert Mugabe and wife Grace are insisting the old man finishes his presidential term.').map((d) => d.actor)).toEqual(['Robert Mugabe']);
  });
});

describe('demands: addressees and bare nouns', () => {
  it('"told X that …" reports speech: no demand', () => {
    expect(demandsOf('President Maria Santos told Prime Minister Ana Petrovic that the harbour would reopen in May.')).toEqual([]);
  });

  it('"called on the government to …": the demand is what follows "to"', () => {
    expect(demandsOf('The Norwegian Fishermen’s Association called on the government to close Norwegian waters to foreign trawlers.')[0]?.demand).toBe('close Norwegian waters to foreign trawlers');
  });

  it('"reiterated the same demands in a call with X": the demands themselves, addressed to X', () => {
    const d = demandsOf('President Maria Santos met farmers on Monday. Ms. Santos reiterated the same demands in a phone call with French President Emmanuel Macron.').at(-1);
    expect([d?.demand, d?.target]).toEqual(['the same demands', ['Emmanuel Macron']]);
  });
});

describe('demands: one demand once', () => {
  it('the same demand in other words (pronoun for name) is listed once', () => {
    const text = 'President Robert Mugabe is insisting the 93-year-old finishes his presidential term. Mugabe is insisting he finishes his term.';
    expect(demandsOf(text)).toHaveLength(1);
  });

  it('two "must" clauses joined by "and" are two demands, each its own clause', () => {
    const text = '“The regime must open the crossing and the pressure must continue for the convoys to pass,” said Ana Petrovic, a spokeswoman.';
    expect(demandsOf(text).map((d) => d.demand)).toEqual(['open the crossing', 'continue for the convoys to pass']);
  });
});

describe('demands: quoted orders', () => {
  it('a chanted or said order is its speaker\'s demand (\'Teachers chanted, "Fund our schools"\')', () => {
    expect(demandsOf('Thousands of Indiana teachers marched on Tuesday. Teachers chanted, “Fund our schools,” as they walked.').map((d) => [d.actor, d.demand])).toEqual([['Indiana teachers', 'Fund our schools']]);
  });

  it('a quoted courtesy ("Thank you for coming") is no order', () => {
    expect(demandsOf('“Thank you for coming,” Mayor Ana Petrovic said.')).toEqual([]);
  });

  it('a quotation fragment inside a clause is no order ("… “transcends any government”")', () => {
    expect(demandsOf('Spokesman Vedant Patel said the relationship “transcends any particular government.”')).toEqual([]);
  });

  it('"insists he worked …" reports a past fact: no demand', () => {
    expect(demandsOf('Kurt Volker insists he worked through official channels.')).toEqual([]);
  });
});

describe('demands: protests, lawsuits, ultimatums, reported demands', () => {
  it('a protest held "to demand …" is the protesters\' demand', () => {
    expect(demandsOf('Protesters held rallies across Chile to demand the resignation of President Sebastián Piñera.').map((d) => d.actor)).toEqual(['protesters']);
  });

  it('a lawsuit "…, demanding N500m" is the plaintiff\'s demand, not the defendant\'s', () => {
    expect(demandsOf('The Nigeria Labour Congress sued the Lagos State Government, demanding N500m in damages.').map((d) => d.actor)).toEqual(['Nigeria Labour Congress']);
  });

  it('an ultimatum "threatened to … unless …" demands the condition', () => {
    expect(demandsOf('Turkey threatened to block Sweden\'s membership unless Stockholm extradited the suspects.').map((d) => d.demand)).toEqual(['Stockholm extradited the suspects']);
  });

  it('"conceded to demands from X to …" reports X\'s demand', () => {
    expect(demandsOf('The union conceded to demands from UNITA to release the prisoners.').map((d) => d.actor)).toEqual(['UNITA']);
  });

  it('"rejected X\'s demand that …" reports X\'s demand', () => {
    expect(demandsOf('Beijing rejected Washington\'s demand that it stop the exercises.').map((d) => d.actor)).toEqual(['United States']);
  });
});

describe('demands: motions, warnings, advocates, coordinated verbs, adamant', () => {
  it('"moved a motion for …" is the mover\'s demand', () => {
    expect(demandsOf('Senator Ada Obi moved a motion for the suspension of the budget debate.').map((d) => [d.actor, d.demand]))
      .toEqual([['Ada Obi', 'the suspension of the budget debate']]);
  });

  it('"moves that …" is the mover\'s demand', () => {
    expect(demandsOf('Senator Ada Obi moves that the budget debate be suspended until Monday.').map((d) => d.demand))
      .toEqual(['the budget debate be suspended until Monday']);
  });

  it('"raised the motion after …" names no content: no demand', () => {
    expect(demandsOf('Senator Ada Obi raised the motion after the clerk read the letters.')).toEqual([]);
  });

  it('"moved on to …" is no motion', () => {
    expect(demandsOf('Senator Ada Obi moved on to the next item of the agenda.')).toEqual([]);
  });

  it('"warned against …" demands that it not be done', () => {
    expect(demandsOf('Israel warned against signing a weak nuclear agreement with Iran.').map((d) => [d.actor, d.demand]))
      .toEqual([['Israel', 'signing a weak nuclear agreement with Iran']]);
  });

  it('"X is a strong advocate for Y to …" is X\'s demand', () => {
    expect(demandsOf('Oxfam is a strong advocate for refugees to receive work permits.').map((d) => [d.actor, d.demand]))
      .toEqual([['Oxfam', 'refugees to receive work permits']]);
  });

  it('"X suspended … and requested …": the demander is the subject of the first verb', () => {
    expect(demandsOf('The Defense Ministry suspended three commanders and requested travel bans for them.').map((d) => d.actor))
      .toEqual(['Defense Ministry']);
  });

  it('"X is adamant Y must …" (no "that") is X\'s demand', () => {
    expect(demandsOf('The Media Alliance is adamant journalists must be exempted from the law.').map((d) => [d.actor, d.demand]))
      .toEqual([['Media Alliance', 'journalists must be exempted from the law']]);
  });

  it('"asked not to be identified" is a source\'s anonymity, no demand', () => {
    expect(demandsOf('A Kenyan official, who asked not to be identified, said the talks had stalled.')).toEqual([]);
  });

  it('"call for better pay and more respect" is two demands', () => {
    expect(demandsOf('The Chicago Teachers Union marched to call for better pay and more respect from the city.').map((d) => d.demand))
      .toEqual(['better pay', 'more respect from the city']);
  });
});

describe('demands: reported speech with no trigger verb', () => {
  it('"X is going to have to …," Y said: a demand of X', () => {
    expect(demandsOf('“Canada is going to have to lower its dairy tariffs,” President Trump said.').map((d) => [d.actor, d.target]))
      .toEqual([['Trump', ['Canada']]]);
  });

  it('"There is no other way but to resign," X said: a demand', () => {
    expect(demandsOf('“There is no other way but to resign now,” Lee Jae-myung said.').map((d) => d.demand)).toEqual(['resign now']);
  });

  it('"they have no choice but to …" is their own lot, no demand', () => {
    expect(demandsOf('Executives at Ford say they have no choice but to cut jobs.')).toEqual([]);
  });

  it('"X had no choice but to act" is a past justification, no demand', () => {
    expect(demandsOf('Lawyers for Mason Rudolph said Rudolph had no choice but to act.')).toEqual([]);
  });

  it('"the only way for X … is to resign": a demand of X', () => {
    expect(demandsOf('“The only way for Boris Johnson to apologise is to resign now,” Keir Starmer said.').map((d) => [d.actor, d.target]))
      .toEqual([['Keir Starmer', ['Boris Johnson']]]);
  });

  it('an order opening a later sentence of a quotation is the quoted speaker\'s', () => {
    const text = 'President Donald Trump backed Matt Bevin. “Matt Bevin has done a wonderful job!” Trump tweeted. “Matt has my endorsement. Get out and vote for Matt Bevin on Tuesday!”';
    expect(demandsOf(text).map((d) => d.actor)).toEqual(['Donald Trump']);
  });

  it('the items a "X also said:" paragraph introduces are X\'s', () => {
    const text = 'President Obama met Kenyan leaders. In an interview, President Obama also said:\n\nThe UK must stay in the EU to keep its influence\n\nHe is confident about the deal\n\nObama lands in Kenya on Friday.';
    expect(demandsOf(text).map((d) => [d.actor, d.demand])).toEqual([['Obama', 'stay in the EU to keep its influence']]);
  });

  it('an embedded tweet is its signature\'s author\'s ("— Name (@handle) date")', () => {
    const text = 'Smog covered Delhi. Chief Minister Arvind Kejriwal spoke.\n\nI urge all Delhiites to wear masks outdoors\n\n— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019\n\nFlights were cancelled.';
    expect(demandsOf(text).map((d) => d.actor)).toEqual(['Arvind Kejriwal']);
  });

  it('"I want more" in a quotation continued after its attribution is the quoted speaker\'s, not an actor "I" was taken for', () => {
    const text = 'President Donald Trump met Xi Jinping on Monday. “My people had $20 billion done,” Trump recounted. “And I said, ‘I want more purchases of soybeans.’”';
    expect(demandsOf(text).map((d) => d.actor)).toEqual(['Donald Trump']);
  });
});

describe('demands: the demander behind pronouns and phrases', () => {
  it('"X say they want …": the pronoun after the verb of saying is X', () => {
    const text = 'Ukraine made headlines. A poll found 44 percent of Americans say they want Congress to investigate the deal.';
    expect(demandsOf(text).map((d) => d.actor)).toEqual(['Americans']);
  });

  it('"… at X\'s Y compound … and are insisting": Y after a possessor after a preposition is no subject', () => {
    const text = 'Robert Mugabe and his wife Grace are under house arrest at Mugabe\'s Blue House compound in Harare and are insisting he finishes his term.';
    expect(demandsOf(text).map((d) => d.actor)).toEqual(['Robert Mugabe']);
  });

  it('"asked about the league\'s decision to …" is a question, no demand', () => {
    expect(demandsOf('Cam Heyward did not comment when he was asked about the league\'s decision to suspend Myles Garrett.')).toEqual([]);
  });

  it('"want the House to impeach and the Senate to convict" is one demand', () => {
    expect(demandsOf('The Democratic Party wants the House to impeach and the Senate to convict.')).toHaveLength(1);
  });

  it('"urged an end to the violence and for all sides to engage in talks" is two demands', () => {
    expect(demandsOf('The United Kingdom urged an end to the violence and for all sides to engage in political talks.')).toHaveLength(2);
  });
});

describe('demands: decrees, quoted negations, relative clauses, calls that are no calls', () => {
  it('"A decree issued after X\'s address banned … . It also ordered Y to …": the order is X\'s', () => {
    const text = 'President Yoon Suk Yeol spoke on Tuesday. A martial law decree issued after Yoon\'s address banned all protests. It also ordered the striking doctors to return to work.';
    expect(demandsOf(text).map((d) => d.actor)).toEqual(['Yoon Suk Yeol']);
  });

  it('"they weren\'t “asking for the moon”" is negated: no demand', () => {
    expect(demandsOf('Governor Eric Holcomb told teachers that they weren’t “asking for the moon.”')).toEqual([]);
  });

  it('"… what has to be done," X said: a relative clause, no demand', () => {
    expect(demandsOf('“Exploration requires an entire ecosystem to do what has to be done,” said Michael Sims.')).toEqual([]);
  });

  it('"the call on July 25" is a phone call, no demand', () => {
    expect(demandsOf('Tim Morrison told the committee, “I feared at the time of the call on July 25 how its disclosure would play.”')).toEqual([]);
  });

  it('"called on X to …" is a demand of X', () => {
    expect(demandsOf('Amnesty International called on Egypt to release the detained journalists.').map((d) => d.target)).toEqual([['Egypt']]);
  });
});

describe('demands: a leader\'s call to the collective', () => {
  it('"Together, we need to get on it," the governor said: the speaker\'s demand', () => {
    expect(demandsOf('“This is our problem, and together, we need to get on the meth problem,” Governor Kristi Noem said.').map((d) => d.actor))
      .toEqual(['Kristi Noem']);
  });

  it('"we must ask ourselves …," X said: a reflection, no demand', () => {
    expect(demandsOf('“We must ask ourselves how this happened,” Governor Kristi Noem said.')).toEqual([]);
  });
});

describe('demands: participles after a long main clause', () => {
  const LONG = 'The European Commission, the bloc\'s executive arm, has gone well beyond what it is legally required to do, challenging itself to run entirely on renewable energy while encouraging suppliers to be cleaner as well.';

  it('"X has gone …, while encouraging Y to …": the demander is the subject opening the sentence', () => {
    expect(demandsOf(LONG).map((d) => [d.actor, d.demand])).toEqual([['European Commission', 'be cleaner as well']]);
  });

  it('"challenging itself to …" is its own aim, no demand', () => {
    expect(demandsOf(LONG).map((d) => d.trigger)).not.toContain('challenging');
  });
});

describe('demands: subjects across participles and quoted "said,"', () => {
  it('"X wearing red surrounded the Statehouse to call for …": the participle describes X, the demander', () => {
    const text = 'Thousands of nurses wearing red surrounded the Ohio Statehouse on Monday to call for safer staffing from the state legislature.';
    expect(demandsOf(text).map((d) => d.actor)).toEqual(['nurses']);
  });

  it('"I said, ‘Tell them to …’" in a continued quotation: the quoted speaker, not an actor named earlier in it', () => {
    const text = 'Canada and Mexico met in Ottawa. “My people had a deal done,” Premier Doug Ford recounted. “And I said, ‘Fine.’ They said, ‘The truckers can’t handle it.’ I said, ‘Tell them to buy bigger trucks.’”';
    expect(demandsOf(text).map((d) => [d.actor, d.demand])).toEqual([['Doug Ford', 'buy bigger trucks']]);
  });

  it('"‘I want more.’ They said, …": the demand ends with its sentence, one word as it is', () => {
    const text = 'Canada and Mexico met in Ottawa. “My people had a deal done,” Premier Doug Ford recounted. “And I said, ‘I want more.’ They said, ‘No.’”';
    expect(demandsOf(text).map((d) => d.demand)).toEqual(['more']);
  });
});

describe('demands: one demand in two wordings', () => {
  it('a warning repeated in other words ("products that contained X" / "pills containing X") is one demand', () => {
    const text = 'The Medicines Agency warned people to stay away from slimming products that contained ephedra. “We advise the public not to take any pills containing ephedra,” the Medicines Agency said.';
    expect(demandsOf(text)).toHaveLength(1);
  });

  it('two demands of one demander sharing one word stay two', () => {
    const text = 'The Medicines Agency urged shops to remove slimming products from shelves. The Medicines Agency also urged doctors to report slimming injuries.';
    expect(demandsOf(text)).toHaveLength(2);
  });
});

describe('demands: "…, as well as …" coordinates a second demand', () => {
  const TWO = 'Ottawa also wants Washington to eliminate the steel tariffs imposed in March, as well as provide some relief from the lumber duties.';

  it('"wants X to A, as well as B": two demands', () => {
    expect(demandsOf(TWO).map((d) => d.demand)).toEqual(['eliminate the steel tariffs imposed in March', 'provide some relief from the lumber duties']);
  });

  it('"wants to A, it has B …, as well as C": a comma inside the content leaves the coordination unclear, one demand', () => {
    const text = 'While Canada wants to sell more lumber to buyers abroad, it has refused terms on quotas, as well as agreements on prices.';
    expect(demandsOf(text)).toHaveLength(1);
  });
});

describe('demands: "had no option but to" in reported speech', () => {
  it('"X said the demonstrators had no option but to surrender": a demand of the speaker', () => {
    const text = 'Police spokesman Kong Wing-cheung said the demonstrators inside the university had no option but to come out and surrender.';
    expect(demandsOf(text).map((d) => [d.actor, d.demand])).toEqual([['Kong Wing-cheung', 'come out and surrender']]);
  });

  it('"This comes after X said …": X after a conjunction is the speaker', () => {
    const text = 'The siege went on. This comes after Kong Wing-cheung said the demonstrators inside the university had no option but to come out and surrender.';
    expect(demandsOf(text).map((d) => d.actor)).toEqual(['Kong Wing-cheung']);
  });

  it('"X said it had no choice but to strike": its own lot, no demand', () => {
    expect(demandsOf('The Teachers Union said it had no choice but to strike.')).toEqual([]);
  });

  it('"X said X had no choice but to act": the speaker\'s own lot, no demand', () => {
    expect(demandsOf('Mason Rudolph said Rudolph had no choice but to act.')).toEqual([]);
  });
});

describe('demands: "an attempt to get X to …"', () => {
  it('"imposed sanctions in an attempt to get X to stop …": a demand of X by the subject', () => {
    const text = 'For years the United States has imposed punitive measures in an unsuccessful attempt to get the Sudanese government to stop killing its own people.';
    expect(demandsOf(text).map((d) => [d.actor, d.target, d.demand])).toEqual([['United States', ['Sudan'], 'stop killing its own people']]);
  });

  it('"got X to …" without an attempt reports an outcome, no demand', () => {
    expect(demandsOf('Germany got Poland to reopen the border crossing.')).toEqual([]);
  });
});

describe('demands: an order after a vocative', () => {
  const VOCATIVE = 'President Donald Trump spoke in Virginia on Monday. “Virginia, with all of the defense work I brought to you, and with everything planned, go out and vote Republican today,” Trump said.';

  it('"“Virginia, with …, go out and vote,” X said": the order is X\'s', () => {
    expect(demandsOf(VOCATIVE).map((d) => [d.actor, d.demand])).toEqual([['Donald Trump', 'go out and vote Republican today']]);
  });

  it('"“Virginia, with all the work, we brought jobs home”": a statement after a vocative, no demand', () => {
    expect(demandsOf('President Donald Trump spoke in Virginia on Monday. “Virginia, with all the work, we brought jobs home,” Trump said.')).toEqual([]);
  });

  it('two orders sharing only "get out"/"go out" and one verb stay two demands', () => {
    const text = `${VOCATIVE} “Get out and vote on Tuesday for your great governor, Matt Bevin!” Trump tweeted.`;
    expect(demandsOf(text)).toHaveLength(2);
  });
});

describe('demands: "you gotta … please"', () => {
  it('"“You gotta give me a big win please,” X said": an appeal of X', () => {
    const text = 'President Donald Trump spoke in Louisiana. “You gotta give me a big win please,” Trump said later.';
    expect(demandsOf(text).map((d) => [d.actor, d.demand])).toEqual([['Donald Trump', 'give me a big win please']]);
  });

  it('"“You gotta love this state,” X said": no please, no demand', () => {
    expect(demandsOf('President Donald Trump spoke in Louisiana. “You gotta love this state,” Trump said later.')).toEqual([]);
  });

  it('"X got to the airport late," Y said: no modal, no demand', () => {
    expect(demandsOf('“Senator Ann Lee got to the airport late,” Governor Tom Ellis said.')).toEqual([]);
  });
});

describe('demands: wanting to go back', () => {
  it('"X want to return to their families" is a wish of their own, no demand', () => {
    expect(demandsOf('The Maori Council believes the whales are ready to die and wants to return to their families.')).toEqual([]);
  });

  it('"X wants to return the seized land" is a position, a demand', () => {
    expect(demandsOf('The Maori Council wants to return the seized land to the iwi.')).toHaveLength(1);
  });
});
