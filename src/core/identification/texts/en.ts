/**
 * English texts of the screening instruments. The structure and strengths follow the ILO / European
 * Commission operational indicators (2009); every statement, question and guidance here is Haven's
 * own wording. Entries are written once per indicator id and specialised for sexual exploitation and
 * for children where the wording must differ; `indicatorTexts` fails loudly if an indicator has no text.
 */
import type { IndicatorTexts, InstrumentDefinition, InstrumentTexts } from '../instrument.js';
import { INSTRUMENTS } from '../instruments/index.js';

/** [statement, question, guidance] */
type Entry = readonly [text: string, question: string, guidance: string];
/** [question, guidance?] for a child or adolescent; without guidance the adult guidance applies. */
type ChildEntry = readonly [question: string, guidance?: string];

const BASE: Readonly<Record<string, Entry>> = {
  // Deceptive recruitment
  'deceived-nature-of-job': [
    'Deceived about the kind of work, the place or the employer',
    'What work were you told you would do, and where, and for whom? How did that compare with what happened?',
    'Yes when the work, the place or the employer turned out to be different from what the person was told. Let the person describe both in their own words before comparing.',
  ],
  'deceived-working-conditions': [
    'Deceived about the working conditions',
    'What were you told about the hours, the rest days and the conditions of the work?',
    'Yes when the hours, rest or conditions were substantially worse than promised. Small differences that any job might have do not count.',
  ],
  'deceived-conditions-of-prostitution': [
    'Deceived about the conditions of the sex work',
    'What were you told about the work before you started, for example how many hours, how many clients, and what you could decide for yourself?',
    'Yes when the person knew about sex work but was misled about its conditions (hours, clients, practices, earnings, freedom to stop). Ask without judging the work itself.',
  ],
  'deceived-contract': [
    'Deceived about the content or legality of a contract',
    'Was there a contract or an agreement? What did it say, and was it kept?',
    'Yes when a contract was false, changed after arrival, in a language the person could not read, or not legally valid. An informal promise can count if it was deliberately false.',
  ],
  'deceived-family-reunification': [
    'Deceived with a promise of joining family',
    'Did anyone tell you that going there would help you be with your family? What happened?',
    'Yes when a promise of reunion with family members was used to recruit the person and was not kept.',
  ],
  'deceived-housing': [
    'Deceived about housing and living conditions',
    'Where were you told you would live, and what was it like when you arrived?',
    'Yes when the accommodation was much worse than promised, or its cost was hidden.',
  ],
  'deceived-legal-status': [
    'Deceived about papers or legal permission to stay or work',
    'What were you told about visas, permits or papers for the journey and the work?',
    'Yes when the person was told they would have valid papers or legal status and did not, or was told false things about the papers they had.',
  ],
  'deceived-travel-and-recruitment': [
    'Deceived about the journey or the recruitment terms',
    'What were you told about how you would travel and what it would cost you? Who paid, and how?',
    'Yes when the route, the cost of travel or recruitment fees, or who would pay them were misrepresented.',
  ],
  'deceived-wages': [
    'Deceived about pay',
    'How much were you told you would earn, and how much did you actually receive?',
    'Yes when the pay received was substantially lower than promised, or deductions were hidden. Ask about amounts calmly; people often feel ashamed about money.',
  ],
  'deceived-education-access': [
    'Deceived about school or training',
    'Did anyone promise that you could go to school or learn a trade there? What happened?',
    'Yes when a promise of schooling, training or study was used to recruit the child and was not kept.',
  ],
  'deceived-marriage-or-adoption': [
    'Deceived with a promise of marriage or adoption',
    'Did someone promise to marry you, or to take you into their family? What happened after that?',
    'Yes when a promised marriage, relationship or adoption was a pretext for moving or exploiting the person. Be gentle: the person may still feel attached to the recruiter.',
  ],
  // Coercive recruitment
  'abduction-or-sale': [
    'Taken by force, married or adopted by force, or sold',
    'How did you come to leave home? Did you have a choice about going?',
    'Yes when the person was kidnapped, forced into a marriage or adoption, or handed over for money or goods. Do not press for details of the event; its occurrence is enough here.',
  ],
  'recruited-by-violence': [
    'Violence used to make the person go',
    'Did anyone hurt you to make you go, or while you were travelling?',
    'Yes for physical or sexual violence used to recruit or move the person. Do not ask for a full account; note only what the person offers.',
  ],
  'documents-taken-at-recruitment': [
    'Identity documents taken during recruitment or travel',
    'Who kept your passport or ID card before and during the journey?',
    "Yes when someone else held the documents against the person's wish or without giving them back on request.",
  ],
  'debt-at-recruitment': [
    'A debt used to bind the person from the start',
    'Did you owe money to anyone for the job or the journey? How was it to be paid back?',
    'Yes when a debt for fees, travel or papers was created at recruitment and used to make the person go or stay.',
  ],
  'isolated-at-recruitment': [
    'Kept isolated, confined or watched during recruitment or travel',
    'During the journey, could you go where you wanted and contact who you wanted?',
    'Yes when the person was locked in, kept away from others, or watched so as not to leave during recruitment or travel.',
  ],
  'denunciation-threat-at-recruitment': [
    'Threatened with being reported to the authorities',
    'Did anyone say they would report you to the police or immigration if you did not go along?',
    'Yes when a threat of denunciation to police, immigration or other authorities was used to make the person go.',
  ],
  'violence-threat-at-recruitment': [
    'Threatened with violence to make the person go',
    'Did anyone say they would hurt you if you did not go?',
    'Yes for any threat of physical or sexual harm to the person used in recruitment.',
  ],
  'exposure-threat-at-recruitment': [
    'Threatened with telling family, community or the public',
    'Did anyone say they would tell your family or others something about you if you did not go?',
    "Yes when threats to reveal information, pictures or the person's situation were used to pressure them.",
  ],
  'family-harmed-at-recruitment': [
    'Family harmed or threatened with harm',
    'Did anyone threaten or hurt someone in your family to make you go?',
    'Yes when relatives were harmed or threatened to force the person to go. The person may fear for them still: ask whether they are safe now.',
  ],
  'money-withheld-at-recruitment': [
    'Money kept back to make the person go',
    'Did anyone keep money that belonged to you, or that you were owed, before you left?',
    "Yes when the person's money or earnings were withheld to pressure them into going.",
  ],
  // Recruitment by abuse of vulnerability
  'abused-family-difficulty': [
    'A difficult family situation was used',
    'How were things at home before you left?',
    'Yes when the recruiter knew of and used a difficult family situation (violence, illness, debt, conflict) to draw the person in.',
  ],
  'abused-irregular-status': [
    'An irregular migration status was used',
    'Before this work, did you have papers to stay or work where you were? Did the person who recruited you know?',
    "Yes when the recruiter used the person's lack of legal status to recruit them on worse terms or to keep them quiet.",
  ],
  'abused-lack-of-education': [
    'Little schooling or work experience was used',
    'How much schooling or work experience did you have before? Did that make it harder to check what you were told?',
    "Yes when the recruiter used the person's limited education, literacy or job experience to mislead or pressure them.",
  ],
  'abused-lack-of-information': [
    'Lack of information was used',
    'Before you left, what did you know about the place you were going to and your rights there?',
    'Yes when the recruiter took advantage of the person not knowing the language, the law, the country or where to get help.',
  ],
  'controlled-by-exploiters': [
    'Already under the control of the exploiters',
    'Did the people who recruited you already have a say over your life before you left? How?',
    'Yes when the recruiters already controlled the person (through a relationship, a debt, the family or a group) when they were recruited.',
  ],
  'economic-hardship': [
    'Poverty or lack of income was used',
    'What was your situation with money and work before you left?',
    'Yes when severe economic need left the person with little real choice and the recruiter used it.',
  ],
  'misinformed-about-law': [
    'Given false information about the law or the authorities',
    'What were you told about the police or the law in the place you were going?',
    'Yes when the person was told false things (for example that police would arrest them, or that the work was legal when it was not) to make them go or stay.',
  ],
  'misinformed-about-migration': [
    'Given false stories of successful migration',
    'What did people tell you about others who had gone there before you?',
    'Yes when invented or exaggerated success stories of other migrants were used to persuade the person.',
  ],
  'family-situation': [
    'A vulnerable family situation at the time of recruitment',
    'Who depended on you, or who did you depend on, at the time you left?',
    'Yes when the family situation (dependants, loss of a parent or partner, family pressure) made the person vulnerable to the offer.',
  ],
  'personal-situation': [
    'A vulnerable personal situation at the time of recruitment',
    'Was anything particularly difficult for you at the time you left, such as your health or where you were living?',
    'Yes when illness, disability, addiction, homelessness, pregnancy or similar circumstances made the person vulnerable. The person need not give details.',
  ],
  'emotional-dependency': [
    'Emotional or psychological dependency on the recruiter',
    'How would you describe your relationship with the person who helped you leave?',
    'Yes when the person depended emotionally on the recruiter (a partner, a relative, someone trusted) and this was used. Avoid any blame.',
  ],
  'status-with-authorities': [
    'A difficult position towards the authorities was used',
    'Before leaving, were you afraid of the police or other authorities for any reason?',
    'Yes when fear of or distrust towards the authorities, or a weak legal position, was used in recruitment.',
  ],
  'general-context': [
    'A general context of hardship',
    'What was life like where you lived before, for example work, safety or conflict?',
    'Yes when the person came from a context of conflict, disaster, discrimination or widespread poverty. On its own this weighs little.',
  ],
  'past-hardship': [
    'Difficulties in the past',
    'Had you been through hard times before this, if you are comfortable saying?',
    'Yes when earlier trauma, abuse, care history or exploitation made the person easier to recruit. Do not ask for details of past abuse.',
  ],
  'travel-difficulty': [
    'Could not organise the journey without the recruiter',
    'Could you have organised the journey yourself, or did you need someone to arrange it for you?',
    'Yes when the person depended on the recruiter for the journey (papers, tickets, route, money), which gave the recruiter power over them.',
  ],
  'abused-cultural-beliefs': [
    'Cultural or religious beliefs were used',
    'Did the people who recruited you use beliefs, customs or religion to persuade you, for example an oath, a ritual or a duty to your family?',
    "Yes when beliefs, customs or religious practices (an oath, a ritual, a sense of duty) were used to persuade or bind the person. Respect the person's beliefs when asking.",
  ],
  // Exploitative conditions
  'excessive-hours': [
    'Excessive working hours or days',
    'How many hours a day, and how many days a week, did you work? Could you rest when you needed to?',
    'Yes when the hours or days were far beyond what the law allows or the person could rest or refuse. Ask for a typical day rather than a total.',
  ],
  'hazardous-work': [
    'Dangerous work',
    'Was the work ever dangerous, or did it hurt you or make you ill? Were you given protection?',
    'Yes when the work exposed the person to danger to health or safety without protection or training.',
  ],
  'bad-living-conditions': [
    'Very poor living conditions',
    'Where did you sleep and eat, and who decided that?',
    'Yes when the accommodation, food or hygiene was degrading or unsafe, or the person had no say over it.',
  ],
  'low-or-no-pay': [
    'Very low pay or no pay',
    'How much were you paid, and how often? Did you receive it yourself?',
    'Yes when pay was absent, far below the minimum, or paid to someone else instead of the person.',
  ],
  'labour-law-breached': [
    'Labour law or the contract not respected',
    'Was anything agreed with you about the work later changed or not kept?',
    'Yes when the employer broke labour law or the terms agreed (breaks, leave, safety, notice).',
  ],
  'no-social-protection': [
    'No social protection',
    'If you fell ill or were hurt, could you see a doctor or were you covered by any insurance?',
    'Yes when the person had no contract, no health or social insurance and no access to care.',
  ],
  'very-bad-working-conditions': [
    'Very bad working conditions',
    'What was it like at work, for example how you were treated and what you could do during the day?',
    'Yes when the working conditions were degrading, humiliating or far below normal standards.',
  ],
  'wage-manipulation': [
    'Pay manipulated',
    'Was money taken from your pay, for example for rent, food, fines or debts? Who decided how much?',
    'Yes when the employer made arbitrary deductions, fines or changes so that the person earned little or stayed in debt.',
  ],
  'no-access-to-education': [
    'No access to education',
    'Could you go to school or training while you were there?',
    'Yes when the person was kept from schooling or training they wished to follow or were entitled to.',
  ],
  // Coercion at destination
  'documents-confiscated': [
    'Identity documents confiscated',
    'Who has your passport or ID card now? Could you have it back if you asked?',
    'Yes when an employer or other person kept the documents and would not return them on request.',
  ],
  'debt-bondage': [
    'Debt bondage',
    'Do you owe money to anyone there? How does the amount change over time?',
    'Yes when a debt that grows or cannot realistically be repaid is used to make the person keep working.',
  ],
  'isolation-or-surveillance': [
    'Isolated, confined or watched',
    'Could you go out when you wanted, and talk with whom you wanted, including by phone?',
    'Yes when the person was locked in, accompanied everywhere, had their phone taken or was watched to stop them from leaving or speaking to others.',
  ],
  violence: [
    'Violence against the person',
    'Has anyone there ever hurt you?',
    'Yes for any physical or sexual violence by employers, exploiters or people acting for them. Do not ask for a detailed account; offer medical help.',
  ],
  'illicit-activities': [
    'Forced into illegal or criminal activities',
    'Were you ever made to do things that you knew, or later learned, were against the law?',
    'Yes when the person was compelled to steal, sell drugs, beg or commit other offences. Reassure the person that this is asked to protect them, not to accuse them.',
  ],
  'forced-tasks-or-clients': [
    'Forced to do tasks they did not agree to',
    'Were you made to do work that you had not agreed to, or could you say no?',
    'Yes when the person had to do tasks beyond what was agreed and could not refuse without consequences.',
  ],
  'forced-against-peers': [
    'Forced to act against other workers',
    'Were you ever asked to watch, punish or report on other people who worked there?',
    'Yes when the person was made to control, recruit, punish or inform on other victims.',
  ],
  'forced-to-lie': [
    'Forced to lie to authorities, family or others',
    'Were you told what to say to the police, inspectors or your family about your situation?',
    'Yes when the person was instructed, under pressure, to give a false account of their situation.',
  ],
  'denunciation-threat': [
    'Threatened with being reported to the authorities',
    'Did anyone say they would report you to the police or immigration if you stopped working or complained?',
    'Yes when a threat of denunciation was used to keep the person working or silent.',
  ],
  'worse-conditions-threat': [
    'Threatened with even worse conditions',
    'What did people there say would happen if you complained or did not do what they wanted?',
    'Yes when the person was threatened with harder work, worse treatment, resale or transfer elsewhere.',
  ],
  'violence-threat': [
    'Threatened with violence',
    'Did anyone there say they would hurt you?',
    'Yes for any threat of physical or sexual harm against the person.',
  ],
  'under-strong-influence': [
    'Under strong influence of the exploiters',
    'Who made the decisions about your day-to-day life there?',
    'Yes when the exploiters controlled the person through manipulation, rituals, drugs, alcohol or emotional hold, so that they could not decide freely.',
  ],
  'family-harmed': [
    'Family harmed or threatened with harm',
    'Has anyone threatened your family, or done something to them, because of your work there?',
    'Yes when relatives were harmed or threatened to keep the person working. Check whether the family needs protection.',
  ],
  'wages-withheld': [
    'Pay withheld',
    'Was any of your pay kept from you, for example "to keep it safe" or until the end?',
    'Yes when wages were held back, postponed or promised "later" so that the person could not leave.',
  ],
  'exposure-threat': [
    'Threatened with telling family, community or the public',
    'Did anyone say they would tell your family or others about your work or your situation?',
    'Yes when threats to reveal information or images were used to keep the person under control.',
  ],
  // Abuse of vulnerability at destination
  'dependent-on-exploiters': [
    'Dependent on the exploiters',
    'Who provided your food, your bed and your transport there?',
    'Yes when the person depended on the exploiters for housing, food, work, papers or contact with the outside world.',
  ],
  'unfamiliar-place': [
    'Difficulty living in an unfamiliar place',
    'How well did you know the place and the language there? Did you know where you could get help?',
    'Yes when not knowing the language, the place or where to turn for help kept the person dependent.',
  ],
  'economic-hardship-at-destination': [
    'Economic need keeps the person in the situation',
    'If you stopped this work, how would you manage for money?',
    "Yes when the person's own or family's economic need was used to keep them in the situation.",
  ],
  'family-situation-at-destination': [
    'The family situation keeps the person in the situation',
    'Is anyone in your family counting on you, or on the money you send?',
    "Yes when family obligations or family members' involvement made it hard for the person to leave.",
  ],
  'status-with-authorities-at-destination': [
    'A weak position towards the authorities keeps the person in the situation',
    'If you had a problem there, would you go to the police? What makes you say that?',
    'Yes when an irregular status or fear of the authorities was used to keep the person from seeking help.',
  ],
  'past-hardship-at-destination': [
    'Difficulties in the past make leaving harder',
    'Is there anything from before that makes it hard for you to leave or to ask for help now?',
    'Yes when earlier trauma, abuse, exploitation or a return home that went badly is used to keep the person in the situation. Do not ask for details.',
  ],
  'personal-characteristics': [
    'Belongs to a group that faces discrimination',
    'Do people there treat you differently because of who you are, for example your origin, your religion or your identity?',
    'Yes when the person belongs to a group that faces discrimination or exclusion (an ethnic minority, a sexual or gender identity, a disability) and this is used to keep them dependent.',
  ],
};

/** Sexual exploitation: where the statement, the question or the guidance must differ. */
const SEXUAL: Readonly<Record<string, Entry>> = {
  'excessive-hours': [
    'Excessive hours or number of clients',
    'How many hours a day, and how many days a week, were you made to work? Could you rest when you needed to?',
    'Yes when the hours, days or number of clients left no real rest or choice. Ask for a typical day; do not ask for intimate details.',
  ],
  'hazardous-work': [
    'Dangerous conditions, including unprotected sex',
    'Were you ever put in danger at work, for example with clients, or made to have sex without protection?',
    'Yes when the person was exposed to violence from clients, unprotected sex, or drugs or alcohol they were pushed to take.',
  ],
  'low-or-no-pay': [
    'Very low earnings or no earnings',
    'Of the money clients paid, how much did you keep yourself?',
    'Yes when all or most of the earnings went to others, or the person never handled the money.',
  ],
  'labour-law-breached': [
    'Agreed terms not respected',
    'Was anything you had agreed about the work later changed or not kept?',
    'Yes when what the person had agreed to (hours, clients, practices, share of earnings, freedom to stop) was not respected.',
  ],
  'very-bad-working-conditions': [
    'Very bad and degrading conditions',
    'What was it like where you worked, and how were you treated there?',
    'Yes when the conditions were degrading, humiliating or unsafe. Note only what the person chooses to say.',
  ],
  'wage-manipulation': [
    'Earnings manipulated',
    'Was money taken from what you earned, for example for rent, food, fines or debts? Who decided how much?',
    'Yes when arbitrary deductions, fines or "debts" kept the person earning little or nothing.',
  ],
  'forced-tasks-or-clients': [
    'Forced to accept clients or acts',
    'Could you choose or refuse clients, or refuse things you did not want to do?',
    'Yes when the person could not refuse clients or particular sexual acts without consequences. Do not ask for a description of the acts.',
  ],
  'forced-against-peers': [
    'Forced to act against other women, men or children',
    'Were you ever asked to watch, recruit or report on other people working there?',
    'Yes when the person was made to control, recruit, punish or inform on other victims.',
  ],
  'exposure-threat': [
    'Threatened with revealing the sex work to family or community',
    'Did anyone say they would tell your family or others, or share pictures of you?',
    'Yes when threats to reveal the sex work, or to share images, were used to keep the person under control.',
  ],
  'exposure-threat-at-recruitment': [
    'Threatened with telling family, community or the public',
    'Did anyone say they would tell your family or others something about you, or share pictures, if you did not go?',
    'Yes when threats to reveal information or images were used to pressure the person into going.',
  ],
};

/** For children and adolescents: questions in simpler words, and guidance where it differs. */
const CHILD: Readonly<Record<string, ChildEntry>> = {
  'deceived-nature-of-job': ['What did people tell you that you would do there? Was it like that?'],
  'deceived-working-conditions': ['What did they say about how long you would work each day and when you could rest?'],
  'deceived-conditions-of-prostitution': [
    'What did people tell you would happen there? Was it like that?',
    'Any sexual exploitation of a child is exploitation whatever the child was told. Yes when the child was misled about what would happen; never ask for details of sexual acts.',
  ],
  'deceived-contract': ['Did you or your parents sign a paper or make a deal about the work? What did it say?'],
  'deceived-family-reunification': ['Did someone tell you that you would be with your mum, dad or other family there?'],
  'deceived-housing': ['What did they say about where you would live? What was it really like?'],
  'deceived-legal-status': ['Did someone tell you that you would have the right papers to stay there?'],
  'deceived-travel-and-recruitment': ['How did you travel there? What were you told about the trip?'],
  'deceived-wages': [
    'Were you, or your family, told you would get money? Did that happen?',
    'Yes when promised pay to the child or the family was not paid or was far less. Promises made to parents count.',
  ],
  'deceived-education-access': ['Did anyone say you could go to school or learn something there? Did you?'],
  'deceived-marriage-or-adoption': ['Did someone say they would marry you, or that you would live with a new family? What happened?'],
  'abduction-or-sale': [
    'How did you come to leave home? Did anyone ask you if you wanted to go?',
    'Yes when the child was taken, forced into marriage or adoption, or handed over for money or goods, including by relatives. Do not press for details.',
  ],
  'recruited-by-violence': ['Did anyone hurt you to make you go, or on the way?'],
  'documents-taken-at-recruitment': ['Who kept your papers, like your passport, on the way?'],
  'debt-at-recruitment': [
    'Did anyone say that you or your family owed them money for the trip?',
    'Yes when a debt of the child or the family was used to make the child go. Debts of parents count.',
  ],
  'isolated-at-recruitment': ['On the way, could you talk to your family or other people when you wanted?'],
  'denunciation-threat-at-recruitment': ['Did anyone say they would tell the police about you if you did not go?'],
  'violence-threat-at-recruitment': ['Did anyone say they would hit you or hurt you if you did not go with them?'],
  'exposure-threat-at-recruitment': ['Did anyone say they would tell your family or others something about you, or show pictures of you?'],
  'family-harmed-at-recruitment': ['Did anyone hurt or scare someone in your family so that you would go?'],
  'money-withheld-at-recruitment': ["Did anyone keep money that was yours or your family's before you left?"],
  'abused-family-difficulty': [
    'How were things at home before you left? Was anything hard?',
    'Yes when a difficult home situation (violence, neglect, illness, loss of a parent) was used to draw the child in.',
  ],
  'abused-irregular-status': ['Before you left, did you or your family have papers to live where you were?'],
  'abused-lack-of-education': ['Did you go to school before? Could you read what people gave you?'],
  'abused-lack-of-information': ['Before you left, what did you know about the place you were going to?'],
  'controlled-by-exploiters': ['Did the people who took you already tell you what to do before you left?'],
  'economic-hardship': ['Before you left, did your family have enough money for food and other things you needed?'],
  'misinformed-about-law': ['What did people tell you about the police there?'],
  'misinformed-about-migration': ['What did people say about other children or young people who went there before?'],
  'family-situation': [
    'Who did you live with before you left? Who looked after you?',
    'Yes when the child lacked parental care, was separated, orphaned, or was pressed by the family to go.',
  ],
  'personal-situation': ['Was anything hard for you at that time, like being ill or not having a place to sleep?'],
  'emotional-dependency': [
    'Who was the person who helped you leave? How did you feel about them?',
    'Yes when the child trusted or was attached to the recruiter (a boyfriend or girlfriend, a relative, an older friend) and this was used. Never blame the child.',
  ],
  'status-with-authorities': ['Before you left, were you afraid of the police or other grown-ups in charge for any reason?'],
  'general-context': ['What was it like where you lived before, for example was it safe?'],
  'past-hardship': [
    'Had hard things happened to you before this? You do not have to tell me what.',
    'Yes when earlier abuse, neglect, time in care or exploitation made the child easier to recruit. Do not ask for details; refer to a child specialist.',
  ],
  'travel-difficulty': ['Who organised the trip for you? Could you have gone on your own?'],
  'abused-cultural-beliefs': ['Did anyone make you promise something, swear an oath or take part in a ritual before you left?'],
  'excessive-hours': [
    'What was a normal day like? When did you start and stop, and could you rest or play?',
    "Yes when the hours were long for the child's age, at night, or left no time to rest, play or go to school.",
  ],
  'hazardous-work': [
    'Was anything you had to do dangerous, or did it ever hurt you or make you sick?',
    "Yes for work dangerous to a child's health, safety or development (heavy loads, tools, chemicals, heights, night work, the street). National hazardous-work lists apply.",
  ],
  'bad-living-conditions': ['Where did you sleep, and did you have enough to eat?'],
  'low-or-no-pay': [
    'Did you get money for the work? Who kept it?',
    'Yes when the child was not paid, or the pay went to others. Pay sent to parents can still be exploitation.',
  ],
  'labour-law-breached': [
    'Was there anything you were promised about the work that did not happen?',
    'Yes when the work broke child labour law (minimum age, hours, night work, type of work) or what was agreed.',
  ],
  'no-social-protection': ['If you were sick or hurt, could you see a doctor?'],
  'very-bad-working-conditions': ['How were you treated at work? Was anyone unkind or unfair to you?'],
  'wage-manipulation': ['Did anyone take money from you for food, your bed, or because you did something wrong?'],
  'no-access-to-education': [
    'Could you go to school while you were there?',
    'Yes when the child could not attend school or training because of the work or the people in control.',
  ],
  'documents-confiscated': ['Who has your passport or papers now? Could you get them if you asked?'],
  'debt-bondage': [
    'Did anyone say that you or your family owe them money? Does it get bigger or smaller?',
    'Yes when a debt of the child or the family keeps the child working. Debts of parents count.',
  ],
  'isolation-or-surveillance': ['Could you go outside, or talk to your family or friends, when you wanted?'],
  violence: [
    'Has anyone there ever hit you or hurt you in another way?',
    'Yes for any physical or sexual violence, or harsh punishment. Do not ask for a detailed account; follow child protection procedures and offer medical help.',
  ],
  'illicit-activities': [
    'Were you made to do things like taking things from people, selling things or begging?',
    'Yes when the child was made to steal, beg, carry or sell drugs or commit other offences. A child in forced criminality is a victim: say so to the child.',
  ],
  'forced-tasks-or-clients': ['Were you made to do things you did not want to do? Could you say no?'],
  'forced-against-peers': ['Were you ever asked to watch other children, tell on them or punish them?'],
  'forced-to-lie': ['Did anyone tell you what to say to the police, teachers or your family?'],
  'denunciation-threat': ['Did anyone say they would tell the police about you if you stopped or told someone?'],
  'worse-conditions-threat': ['What did they say would happen if you did not do what they wanted?'],
  'violence-threat': ['Did anyone there say they would hit you or hurt you?'],
  'under-strong-influence': [
    'Who decided what you did every day there?',
    'Yes when the exploiters controlled the child through manipulation, fear, affection, rituals, drugs or alcohol.',
  ],
  'family-harmed': ['Has anyone said they would hurt your family, or done something to them?'],
  'wages-withheld': ['Did anyone keep money that was for you, saying they would give it later?'],
  'exposure-threat': ['Did anyone say they would tell your family or others about you, or show pictures of you?'],
  'dependent-on-exploiters': ['Who gave you food, a bed and a way to get around there?'],
  'unfamiliar-place': ['Did you know the place and the language there? Did you know who could help you?'],
  'economic-hardship-at-destination': ['If you stopped, how would you and your family manage?'],
  'family-situation-at-destination': [
    'Is your family waiting for money from you, or did they want you to stay there?',
    'Yes when family expectations, involvement or absence made it hard for the child to leave.',
  ],
  'status-with-authorities-at-destination': ['If you had a problem there, would you go to the police? Why or why not?'],
  'past-hardship-at-destination': ['Has something happened to you before that makes it hard to ask for help now? You do not have to tell me what.'],
  'personal-characteristics': ['Do people there treat you badly because of where you come from or who you are?'],
};

/** Child sexual exploitation: where the child wording must also speak of sexual exploitation. */
const CHILD_SEXUAL: Readonly<Record<string, ChildEntry>> = {
  'excessive-hours': [
    'What was a normal day like? When did you start and stop, and could you rest?',
    'Yes when the child was made available to others for long hours, at night, or without rest. Any sexual exploitation of a child counts, whatever the hours.',
  ],
  'hazardous-work': [
    'Were you ever in danger there, or made to take drugs or alcohol?',
    'Yes when the child was exposed to violence, unprotected sex, drugs or alcohol. Never ask for details of sexual acts; arrange medical care.',
  ],
  'low-or-no-pay': [
    'Did you ever get money or presents? Who kept the money?',
    'Money or gifts given to a child do not make sexual exploitation acceptable. Yes when others kept the earnings.',
  ],
  'forced-tasks-or-clients': [
    'Were you made to be with people, or do things, you did not want to? Could you say no?',
    'Yes when the child could not refuse persons or acts. Never ask for a description; a child cannot consent to sexual exploitation.',
  ],
  'exposure-threat': [
    'Did anyone say they would tell your family or others, or show pictures or videos of you?',
    'Yes when threats to reveal what happened, or to share images, were used. Images of a child must be reported under child protection procedures.',
  ],
};

function entry(id: string, sexual: boolean): Entry {
  const base = (sexual ? SEXUAL[id] : undefined) ?? BASE[id];
  if (!base) throw new Error(`no English text for indicator ${id}`);
  return base;
}

/** The texts of every indicator of an instrument, built from the entries above. */
function indicatorTexts(def: InstrumentDefinition): Record<string, IndicatorTexts> {
  const sexual = def.exploitation === 'sexual';
  const child = def.population === 'child';
  const out: Record<string, IndicatorTexts> = {};
  for (const dim of def.dimensions) {
    for (const { id } of dim.indicators) {
      const [text, question, guidance] = entry(id, sexual);
      if (!child) {
        out[id] = { text, question, guidance };
        continue;
      }
      const c = (sexual ? CHILD_SEXUAL[id] : undefined) ?? CHILD[id];
      if (!c) throw new Error(`no English child question for indicator ${id}`);
      out[id] = { text, question: c[0], guidance: c[1] ?? guidance };
    }
  }
  return out;
}

export const EN: InstrumentTexts = {
  instruments: {
    'adult-labour': {
      title: 'Adults: labour exploitation',
      description: 'Indicators of trafficking of adults for forced labour, in any sector (agriculture, construction, domestic work, factories, services).',
    },
    'adult-sexual': {
      title: 'Adults: sexual exploitation',
      description: 'Indicators of trafficking of adults for sexual exploitation, including forced prostitution.',
    },
    'child-labour': {
      title: 'Children: labour exploitation',
      description:
        'Indicators of trafficking of children (under 18) for labour exploitation, forced begging and forced criminality. The means need not be shown for a child.',
    },
    'child-sexual': {
      title: 'Children: sexual exploitation',
      description:
        'Indicators of trafficking of children (under 18) for sexual exploitation. A child cannot consent to sexual exploitation; the means need not be shown. Follow child protection procedures.',
    },
  },
  dimensions: {
    'deceptive-recruitment': {
      title: 'Deceptive recruitment',
      description: 'The person was recruited or moved with false promises about the work, the conditions or the situation.',
    },
    'coercive-recruitment': { title: 'Coercive recruitment', description: 'The person was recruited or moved by force, threats or other coercion.' },
    'recruitment-abuse-of-vulnerability': {
      title: 'Recruitment by abuse of vulnerability',
      description: 'The recruiter took advantage of a situation that left the person little real choice.',
    },
    'exploitative-conditions': { title: 'Exploitative conditions', description: 'The conditions of work or life at destination amount to exploitation.' },
    'coercion-at-destination': { title: 'Coercion at destination', description: 'Force, threats or other coercion keep the person in the situation.' },
    'abuse-of-vulnerability-at-destination': {
      title: 'Abuse of vulnerability at destination',
      description: "The person's dependence or vulnerability is used to keep them in the situation.",
    },
  },
  indicators: {
    'adult-labour': indicatorTexts(INSTRUMENTS['adult-labour']),
    'adult-sexual': indicatorTexts(INSTRUMENTS['adult-sexual']),
    'child-labour': indicatorTexts(INSTRUMENTS['child-labour']),
    'child-sexual': indicatorTexts(INSTRUMENTS['child-sexual']),
  },
};
