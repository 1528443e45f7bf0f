/**
 * The starter course in English (the default language). Haven’s own wording throughout; the
 * dimensions, strengths and decision rules are those of the screening instruments
 * (src/core/identification). Every vignette is invented; names are common first names only.
 */
import { type CourseText, list, option, para } from './shape.js';

export const EN: CourseText = {
  title: 'Identifying presumed victims of trafficking',
  summary:
    'A short practical course on recognising people who may have been trafficked and acting on it: what trafficking is, the six dimensions of the screening instrument and how to ask about them respectfully, how the result is reached, and what to do afterwards. Each module ends with a quiz built from realistic cases.',
  audience: 'Staff of reception and identification centres, hotline operators, outreach workers and lawyers',
  minutes: 45,
  modules: [
    {
      id: 'module-basics',
      title: 'Trafficking and why we screen with indicators',
      lessons: [
        {
          id: 'lesson-what-trafficking-is',
          title: 'What trafficking in human beings is',
          body: para(
            'Trafficking in human beings is defined in international law (the UN Palermo Protocol of 2000 and the Council of Europe Convention of 2005) by three elements that must come together for an adult:',
            list(
              'the act: recruiting, transporting, transferring, harbouring or receiving a person;',
              'the means: threats, force or other coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, or payments to someone who has control over the person;',
              'the purpose: exploitation, for example sexual exploitation, forced labour or services, slavery and practices like it, servitude, forced begging, forced criminal activity or the removal of organs.',
            ),
            'The purpose is enough: the exploitation does not have to have happened yet. Once one of the means was used, the consent of the person to the work or the journey does not matter. Someone who agreed to do sex work or farm work abroad can still be a victim if they were deceived about the conditions or are kept there by force or debt.',
            'For a child (anyone under 18) the means are not needed at all. Recruiting, moving or receiving a child for exploitation is trafficking even when nobody lied, threatened or used force, and even when the child or the parents agreed.',
            'Trafficking is not the same as smuggling. Smuggling is helping someone cross a border irregularly for money; it ends at arrival and is a crime against the state. Trafficking is a crime against the person, aims at exploitation and can happen without crossing any border: many victims are trafficked inside their own country. A smuggled person can become a victim of trafficking, for example when a travel debt is turned into forced work.',
          ),
        },
        {
          id: 'lesson-why-indicators',
          title: 'Why screening uses indicators',
          body: para(
            'Presumed victims rarely say "I was trafficked". Many do not know the term, do not see themselves as victims, feel ashamed, are loyal to the recruiter, fear the exploiters, the police or deportation, or have been told what to say. A direct question gets a direct "no".',
            'Indicators are concrete facts that can be asked about and checked one by one: was the person told the truth about the job, who holds the passport, how many hours a day, can they leave. Haven uses the operational indicators of trafficking developed by the ILO and the European Commission (2009). There are four sets: adults and children, each for labour and for sexual exploitation. Each set has the same six dimensions:',
            list(
              'deceptive recruitment;',
              'coercive recruitment;',
              'recruitment by abuse of vulnerability;',
              'exploitative conditions;',
              'coercion at destination;',
              'abuse of vulnerability at destination.',
            ),
            'Every indicator is rated strong, medium or weak, and fixed rules say when a dimension is present and when the person is a presumed victim. Because the rules are the same for everyone, two colleagues in different organisations who hear the same story reach the same result, and the result explains itself.',
            'Choose the set by age and by the main form of exploitation. When the age is uncertain and the person may be a child, use the child set and treat them as a child until their age is established.',
            'The screening does not replace listening. It gives structure to a conversation that follows the person’s own story, and it leads to a decision about referral. It is never a legal determination of who is a victim.',
          ),
        },
        {
          id: 'lesson-quiz-basics',
          title: 'Quiz: trafficking or not?',
          body: 'Four short cases. Choose the answer that fits what is known, not what you imagine.',
          quiz: {
            passMark: 75,
            questions: [
              {
                id: 'q-basics-smuggling',
                kind: 'single',
                prompt:
                  'Karim, 27, paid a man to take him across the border hidden in a lorry. At arrival the driver left him at a petrol station. Karim now washes cars for cash, lives with friends from home, keeps his phone and passport and says he can stop whenever he likes. He comes to a reception centre to ask about asylum. What best describes his situation on what is known?',
                options: [
                  option(
                    'a',
                    true,
                    'Smuggling, not trafficking; offer information and services and stay alert to changes',
                    'Yes. Karim paid to be moved and the arrangement ended at arrival. Nothing shows exploitation or control: no sign of exploitative conditions or of coercion at destination. Stay alert: travel debts and dependence can turn smuggling into trafficking later.',
                  ),
                  option(
                    'b',
                    false,
                    'Trafficking, because he crossed the border irregularly',
                    'No. An irregular crossing is not one of the elements of trafficking. Trafficking needs an act, means and the purpose of exploitation, and can happen without any border.',
                  ),
                  option(
                    'c',
                    false,
                    'Trafficking, because he paid someone to move him',
                    'No. Paying for the journey is what makes it smuggling. It would point to trafficking only if the payment became a debt used to control him (debt bondage, a sign of coercion at destination).',
                  ),
                  option(
                    'd',
                    false,
                    'Not your concern: an irregular migrant should be reported to the immigration authorities',
                    'No. Reporting people who ask for help destroys trust, and it is not the task of a reception centre or an NGO. Karim has a right to information about asylum and to services.',
                  ),
                ],
                takeaway:
                  'Smuggling is about crossing a border; trafficking is about exploiting a person. Look for exploitative conditions and control, not for how the border was crossed.',
              },
              {
                id: 'q-basics-child-means',
                kind: 'true-false',
                prompt:
                  'Mira, 16, was brought from her village to the city by her aunt "to help in a shop". She sells vegetables at a market stall 14 hours a day, does not go to school, and her aunt keeps all the money. Mira says nobody threatened her or lied to her. True or false: because no force, threat or deception was used, Mira cannot be a presumed victim of trafficking.',
                options: [
                  option(
                    'true',
                    false,
                    'True',
                    'No. For a child the means are not needed. Moving or receiving a child for exploitation is enough, whoever does it, including a relative.',
                  ),
                  option(
                    'false',
                    true,
                    'False',
                    'Yes. Mira is a child, so force, threats or deception do not have to be shown. Under the child rule, exploitative conditions (very long hours, no school, no pay) together with a recruitment element (how and why she was brought to the city) are enough.',
                  ),
                ],
                takeaway: 'For children (under 18) the means are not required: exploitation together with a recruitment element is enough.',
              },
              {
                id: 'q-basics-consent',
                kind: 'single',
                prompt:
                  'Olena, 29, agreed to do sex work abroad. She was told she would keep half of what she earned and could stop at any time. In fact she keeps nothing, must see up to fifteen clients a day, and the "manager" took her passport on the first day. She tells the outreach worker: "I knew what the work was, so it is my fault." What is right?',
                options: [
                  option(
                    'a',
                    false,
                    'Her consent to sex work means it cannot be trafficking',
                    'No. Consent does not count once deception or coercion was used. She was deceived about the conditions (deceptive recruitment) and is controlled through her passport (coercion at destination).',
                  ),
                  option(
                    'b',
                    true,
                    'Her consent does not matter, because she was deceived about the conditions and is now controlled',
                    'Yes. Deception about the conditions of the work and the confiscated passport are the means; the exploitation is evident. Tell her, gently, that what happened is not her fault.',
                  ),
                  option(
                    'c',
                    false,
                    'It is trafficking only if she did not know she would do sex work',
                    'No. Deception about the nature of the work is one sign among others. Deception about conditions, earnings or the freedom to stop also counts, and so does control at destination.',
                  ),
                  option(
                    'd',
                    false,
                    'It cannot be decided until she reports the manager to the police',
                    'No. Identifying a presumed victim does not depend on a complaint to the police. Screening and referral come first; whether to report is her informed choice.',
                  ),
                ],
                takeaway: 'The consent of an adult is irrelevant once any of the means was used: deception about the conditions is enough.',
              },
              {
                id: 'q-basics-indicators',
                kind: 'multiple',
                prompt:
                  'A hotline caller says: "I am not a victim of anything, I just have a bad boss who keeps my passport and says I owe him for the flat." Why do we screen with indicators instead of asking "Are you a victim of trafficking?" Choose every reason that applies.',
                options: [
                  option(
                    'a',
                    true,
                    'People in his situation rarely see or call themselves victims',
                    'Yes. Shame, loyalty, fear or simply not knowing the term make a direct question useless. This caller denies being a victim while describing two strong signs of coercion at destination.',
                  ),
                  option(
                    'b',
                    true,
                    'Indicators give every interviewer the same structure, so that results are comparable',
                    'Yes. The same facts lead to the same result whoever conducts the screening and wherever.',
                  ),
                  option(
                    'c',
                    false,
                    'Indicators replace the decision of the competent authority',
                    'No. The screening is an indication for referral. The formal identification is made by the competent authority under the national referral mechanism.',
                  ),
                  option(
                    'd',
                    false,
                    'Indicators save you from listening to the whole story',
                    'No. The indicators follow the story; they do not replace it. A checklist read out like a form closes people down.',
                  ),
                ],
                takeaway: 'Indicators turn a story into comparable facts; they support listening and referral, and they never decide who is a victim in law.',
              },
            ],
          },
        },
      ],
    },
    {
      id: 'module-dimensions',
      title: 'The six dimensions and how to ask about them',
      lessons: [
        {
          id: 'lesson-recruitment-dimensions',
          title: 'Recruitment: deception, coercion and abuse of vulnerability',
          body: para(
            'Three dimensions describe how the person was drawn in. Only one of them needs to be present.',
            'Deceptive recruitment: the person was lied to. Signs: the job, the place or the employer turned out to be different; the pay, hours, housing or contract were much worse than promised; papers that were promised never came; a promised marriage, school place or reunion with family was a pretext. Ask the person to describe first what they were told, and only then what happened, in their own words.',
            'Coercive recruitment: the person was made to go. Signs: violence or threats of violence, abduction, being sold or forced into a marriage, a debt created at the start, documents taken during the journey, being locked in or watched on the way, threats to report them or to hurt their family. Do not ask for a detailed account of violence; that it happened is enough for the screening.',
            'Recruitment by abuse of vulnerability: the recruiter used a situation that left little real choice. Signs: poverty, a crisis in the family, illness or disability, no papers, little schooling, not knowing the country or the language, emotional dependence on the recruiter (a partner, a relative), false stories of others who "made it", or a recruiter who already had power over the person. Hardship alone is not trafficking: what counts is that someone used it.',
            'Useful open questions: "How did you hear about this work?", "What were you told before you left?", "Who organised and paid for the journey?", "Did you owe anything to anyone when you arrived?"',
          ),
        },
        {
          id: 'lesson-destination-dimensions',
          title: 'At destination: exploitative conditions, coercion and abuse of vulnerability',
          body: para(
            'Exploitative conditions: the work or life at destination goes far beyond a bad job. Signs: excessive hours with no real rest, no pay or very little, arbitrary deductions and fines, dangerous work without protection, degrading housing, no access to health care, for children no school. A labour dispute about some unpaid overtime is not in itself exploitation in this sense.',
            'Coercion at destination: the person is kept there. Signs: the passport or identity card is held by someone else, a debt that never shrinks (debt bondage), being locked in, watched or escorted, violence or threats against the person or the family, being forced into crime, to lie to the authorities or to take clients or tasks they refuse, threats to report them to the police or immigration, wages withheld "until the end of the season".',
            'Abuse of vulnerability at destination: the person stays because they have nowhere else to go. Signs: they depend on the employer for housing, food and transport; they do not know where they are or speak the language; they have no papers and fear the authorities; their family at home depends on the money; they are isolated by illness, age or trauma.',
            'Useful open questions: "Tell me about a normal day.", "Where do you sleep, and who decides that?", "Who keeps your documents?", "What would happen if you wanted to leave?", "Do you get your money, and how much?"',
          ),
        },
        {
          id: 'lesson-asking-respectfully',
          title: 'Asking respectfully: a trauma-informed conversation',
          body: para(
            'The way you ask decides what you hear. People who were trafficked have often been lied to by someone who seemed helpful. Your first task is to be different from that person.',
            list(
              'Privacy: talk alone with the person, in a place where others cannot listen. Never screen in front of an employer, a "partner", a "relative" or a fellow worker who might be part of the control.',
              'Interpreter: use a professional interpreter bound to confidentiality, ideally of the gender the person prefers. Never use a companion, a child or someone from the same workplace to interpret.',
              'Explain who you are, what the conversation is for, what you will write down, who will see it, and that the person may pause, refuse a question or stop.',
              'Ask open questions and follow the person’s story. Do not ask leading questions, do not ask for details of sexual or physical violence, and do not insist when the person does not want to answer: "unknown" is an allowed answer.',
              'Watch for exhaustion, fear and dissociation; offer breaks, water and a later meeting.',
              'Never promise what you cannot give: not a residence permit, not a shelter place that is not confirmed, not that the exploiters will be punished, not that nobody will ever know. A broken promise repeats the recruiter’s betrayal.',
              'With children: a guardian or trusted adult who is not involved in the exploitation, child-friendly words, short sessions, and child protection services informed according to your procedure.',
            ),
            'Inconsistent stories, changing versions and memory gaps are common after trauma and are not in themselves signs of lying.',
          ),
        },
        {
          id: 'lesson-quiz-dimensions',
          title: 'Quiz: recognising the dimensions',
          body: 'Five cases. Each sign belongs to one dimension; think about when it happened: at recruitment or at destination.',
          quiz: {
            passMark: 75,
            questions: [
              {
                id: 'q-dimensions-recruitment',
                kind: 'multiple',
                prompt:
                  'Tomas, 34, answered an advertisement of an agency in his home town: warehouse work abroad, 1,600 euros a month and a work permit arranged. He borrowed the agency fee from the recruiter himself, to be repaid from his wages. At arrival there was no permit; he was sent to pick vegetables and is paid about 400 euros a month. Which recruitment dimensions show signs? Choose all that apply.',
                options: [
                  option(
                    'a',
                    true,
                    'Deceptive recruitment',
                    'Yes. The kind of work, the pay and the work permit were all different from what he was promised.',
                  ),
                  option(
                    'b',
                    true,
                    'Coercive recruitment',
                    'Yes. A debt to the recruiter created at the start (for the fee) is a sign of coercive recruitment: it binds him before he even arrives.',
                  ),
                  option(
                    'c',
                    false,
                    'Exploitative conditions',
                    'No. Low pay is a sign of exploitative conditions, but that is a dimension at destination, not of recruitment.',
                  ),
                  option(
                    'd',
                    false,
                    'None, because he applied for the job voluntarily',
                    'No. Applying voluntarily does not exclude deception or a binding debt; that is exactly how deceptive recruitment works.',
                  ),
                ],
                takeaway:
                  'Lies about the job, the pay or the papers are signs of deceptive recruitment; a debt created at recruitment is a sign of coercive recruitment.',
              },
              {
                id: 'q-dimensions-coercion',
                kind: 'single',
                prompt:
                  'Leyla, 38, is a live-in domestic worker. Her employer keeps her passport "for safekeeping", she is never allowed to go out alone, and she has been told the police would deport her at once if she went to them. Which dimension do these three signs belong to?',
                options: [
                  option(
                    'a',
                    true,
                    'Coercion at destination',
                    'Yes. A confiscated passport, being kept under watch and the threat of being reported to the authorities are all means of keeping her in the situation.',
                  ),
                  option(
                    'b',
                    false,
                    'Exploitative conditions',
                    'No. Exploitative conditions are about the work and living conditions themselves (hours, pay, housing). These signs are about control.',
                  ),
                  option('c', false, 'Deceptive recruitment', 'No. Nothing here is about what she was told before she started; the signs are at destination.'),
                  option(
                    'd',
                    false,
                    'Abuse of vulnerability at destination',
                    'No. That dimension is about using her dependence (housing, language, no papers). Taking her passport, watching her and threatening her are active coercion.',
                  ),
                ],
                takeaway: 'Active control at destination (documents taken, surveillance, threats, violence, debt bondage) is coercion at destination.',
              },
              {
                id: 'q-dimensions-vulnerability',
                kind: 'single',
                prompt:
                  'Sanjar, 45, works on a building site. He does not speak the local language, sleeps in a container the employer provides, gets food only through the foreman and has no residence permit. Nobody threatens him and he has his passport, but he says: "Where would I go?" Which dimension do these signs point to?',
                options: [
                  option('a', false, 'Coercion at destination', 'No. There is no force, threat, confiscation or surveillance in what he describes.'),
                  option(
                    'b',
                    true,
                    'Abuse of vulnerability at destination',
                    'Yes. His dependence on the employer for housing and food, the unknown language and his irregular status keep him there without any open threat.',
                  ),
                  option(
                    'c',
                    false,
                    'Recruitment by abuse of vulnerability',
                    'No. That dimension is about how he was drawn in; these signs describe his situation now, at destination.',
                  ),
                  option(
                    'd',
                    false,
                    'No dimension: he is free to leave',
                    'No. Having his passport does not make him free in practice. Dependence that leaves no real alternative is a dimension of its own.',
                  ),
                ],
                takeaway: 'Control can be silent: dependence, isolation and fear of the authorities are signs of abuse of vulnerability at destination.',
              },
              {
                id: 'q-dimensions-asking',
                kind: 'multiple',
                prompt:
                  'Amina, 23, arrives at a reception centre with a man who says he is her husband and offers to translate for her. She looks at him before every answer. You want to screen her. Which steps are right? Choose all that apply.',
                options: [
                  option(
                    'a',
                    true,
                    'Speak with her alone, in a private room, with a professional interpreter',
                    'Yes. The man may be part of the control. Privacy and an independent interpreter are conditions for any honest answer.',
                  ),
                  option(
                    'b',
                    true,
                    'Explain who you are, what you will write down and that she can stop or decline any question',
                    'Yes. Knowing what happens with her words gives her back some control and is the basis of informed consent.',
                  ),
                  option(
                    'c',
                    false,
                    'Tell her she will get a residence permit if she tells you everything',
                    'No. Never promise what you cannot give. Permits are decided by others, and a broken promise destroys trust.',
                  ),
                  option(
                    'd',
                    false,
                    'Ask her to describe the sexual violence in detail so that you can answer the indicator',
                    'No. The screening needs only to know whether something happened, and "unknown" is allowed. Detailed questions about violence can retraumatise her.',
                  ),
                ],
                takeaway: 'Alone, with an independent interpreter, with clear information and no promises; never dig for details of violence.',
              },
              {
                id: 'q-dimensions-exploitative',
                kind: 'true-false',
                prompt:
                  'Petr, 31, works in a warehouse 45 hours a week for the legal minimum wage, paid on time into his own bank account. He rents his own flat. He calls a hotline to complain that his manager shouts at him and refused him a day off. True or false: Petr’s situation shows exploitative conditions in the sense of the screening instrument.',
                options: [
                  option(
                    'true',
                    false,
                    'True',
                    'No. A harsh manager and a refused day off are workplace problems, not exploitation in the sense of the instrument, which looks for excessive hours, no or very low pay, degrading housing or dangerous work.',
                  ),
                  option(
                    'false',
                    true,
                    'False',
                    'Yes. Nothing he describes reaches exploitative conditions. Give him information about his labour rights, a trade union or the labour inspectorate.',
                  ),
                ],
                takeaway:
                  'Exploitative conditions go far beyond an ordinary labour dispute; not every bad job is trafficking, and those callers still deserve a useful referral.',
              },
            ],
          },
        },
      ],
    },
    {
      id: 'module-rules',
      title: 'From answers to a result: strengths, rules and unknowns',
      lessons: [
        {
          id: 'lesson-strengths',
          title: 'When is a dimension present?',
          body: para(
            'Each indicator is answered yes, no or unknown, and each has a strength: strong, medium or weak. Strong indicators are those that on their own point clearly to trafficking, such as a confiscated passport or violence; weak ones only add weight, such as a general context of poverty.',
            'A dimension is present when the indicators answered yes reach one of these combinations:',
            list(
              'two strong indicators;',
              'one strong indicator and one medium or weak one;',
              'three medium indicators;',
              'two medium indicators and one weak one.',
            ),
            'Anything less is not enough. One strong indicator on its own does not make a dimension present, and neither do two medium ones.',
            'Example (adult labour set): the employer holds the passport (strong) and threatens to report the person to immigration (medium): coercion at destination is present. The person depends on the employer for housing (medium) and does not know the town (medium), nothing else: abuse of vulnerability at destination is not yet present; one more medium or weak indicator would make it present.',
            'The strengths differ a little between the four sets, because the published sets differ: Haven shows the strength of each indicator as you answer, so you do not need to learn them by heart.',
          ),
        },
        {
          id: 'lesson-decision-rules',
          title: 'The adult and child decision rules',
          body: para(
            'Adult rule: a person is a presumed victim when three things are all present:',
            list(
              'a recruitment dimension: deceptive recruitment, coercive recruitment or recruitment by abuse of vulnerability (any one of the three);',
              'exploitative conditions;',
              'a control dimension at destination: coercion at destination or abuse of vulnerability at destination (either).',
            ),
            'This mirrors the legal definition: the act and the means (recruitment, coercion, abuse of vulnerability) and the purpose (exploitation).',
            'Child rule: because the means are not required for children, a child is a presumed victim when exploitative conditions and a recruitment dimension are present. Coercion or abuse of vulnerability at destination is not needed. The child rule is written into the instrument definition, so that a network can adapt it to its national law; ask your coordinator if your country’s rule differs.',
            'A result that is not "presumed victim" does not mean "nothing happened". The person may have been deceived and exploited without the third element being established yet, or may be in serious need for other reasons. Every result comes with next steps.',
          ),
        },
        {
          id: 'lesson-unknown-answers',
          title: 'Unknown answers and what they mean',
          body: para(
            'Often you cannot answer every indicator: the person does not know, does not want to say, or the conversation ends early. Answer "unknown" then. Never answer "yes" to be on the safe side, and never "no" to finish quickly: both distort the result and the statistics.',
            'For the result, an unknown counts as "not yes". Haven then shows how many indicators are unknown or unanswered, and how many of them could still change the result if they turned out to be yes. A result is settled when no answer to the open indicators could change it: either the person is already a presumed victim, or even all open indicators answered yes would not make them one.',
            'When the result is not settled, the next step is to complete the screening when it is safe and the person is ready, usually in a later conversation, while services are offered in the meantime. Save the screening as a draft and come back to it; do not push for answers in one sitting.',
          ),
        },
        {
          id: 'lesson-quiz-rules',
          title: 'Quiz: applying the rules',
          body: 'Five cases. Work out the result as the engine would, then think about what it means for the person.',
          quiz: {
            passMark: 75,
            questions: [
              {
                id: 'q-rules-presence',
                kind: 'single',
                prompt:
                  'Back to Leyla, the domestic worker (adult labour set). Under coercion at destination you answered yes to "identity documents confiscated" (strong) and yes to "threatened with being reported to the authorities" (medium); all other indicators of that dimension are no. Is coercion at destination present?',
                options: [
                  option(
                    'a',
                    true,
                    'Yes: one strong and one medium indicator are enough',
                    'Yes. One strong indicator with one medium or weak one is one of the four combinations.',
                  ),
                  option(
                    'b',
                    false,
                    'No: it needs two strong indicators',
                    'No. Two strong indicators is one way, not the only one; one strong with one medium or weak also counts.',
                  ),
                  option(
                    'c',
                    false,
                    'No: every dimension needs at least three indicators',
                    'No. Three are needed only when none of them is strong (three medium, or two medium and one weak).',
                  ),
                  option(
                    'd',
                    false,
                    'Only if she confirms it in a signed statement',
                    'No. The screening records what the person says; no signed statement is needed, and asking for one can frighten her.',
                  ),
                ],
                takeaway: 'Present means: 2 strong, or 1 strong + 1 medium or weak, or 3 medium, or 2 medium + 1 weak.',
              },
              {
                id: 'q-rules-two-medium',
                kind: 'true-false',
                prompt:
                  'Back to Sanjar, the building worker (adult labour set). Under abuse of vulnerability at destination you answered yes to "dependent on the employer for housing and food" (medium) and "in an unfamiliar place" (medium); the rest is no. True or false: abuse of vulnerability at destination is present.',
                options: [
                  option('true', false, 'True', 'No. Two medium indicators are not enough: a third medium one, or a weak one, would be needed.'),
                  option(
                    'false',
                    true,
                    'False',
                    'Yes. Two medium indicators alone do not reach any combination. His irregular status (a further medium indicator) would make it present if he confirms it; ask about it rather than assuming.',
                  ),
                ],
                takeaway: 'Two medium indicators are not enough on their own; check whether the person’s story contains a third sign before you conclude.',
              },
              {
                id: 'q-rules-adult',
                kind: 'single',
                prompt:
                  'A fully answered adult labour screening of a fruit picker shows: deceptive recruitment present, exploitative conditions present, coercion at destination not present, abuse of vulnerability at destination not present. He has his passport, lives where he chooses and has already found another job. What is the result?',
                options: [
                  option(
                    'a',
                    true,
                    'Not a presumed victim under the adult rule; offer labour-rights help and services, and screen again if new facts come up',
                    'Yes. The adult rule needs a control dimension at destination as well. He was deceived and exploited, which still calls for help: a labour inspectorate, a union or a lawyer for his unpaid wages.',
                  ),
                  option(
                    'b',
                    false,
                    'A presumed victim, because two of the three groups are present',
                    'No. All three groups are required for adults: recruitment, exploitative conditions and control at destination.',
                  ),
                  option(
                    'c',
                    false,
                    'A presumed victim, because deception alone is enough for adults',
                    'No. Deception is one of the means; without exploitation and control at destination the adult rule is not met.',
                  ),
                  option(
                    'd',
                    false,
                    'The result is invalid, because a dimension is missing',
                    'No. The result is valid and settled: every indicator was answered. It simply does not meet the adult rule.',
                  ),
                ],
                takeaway:
                  'Adults: recruitment AND exploitative conditions AND control at destination. Less than that still deserves help, just not the same referral.',
              },
              {
                id: 'q-rules-child',
                kind: 'multiple',
                prompt:
                  'Back to Mira, 16, at the market stall (child labour set). Recruitment by abuse of vulnerability is present (the family’s poverty, her lack of schooling and her dependence on her aunt) and exploitative conditions are present (excessive hours, no pay, no school). Nothing shows coercion at destination. Which statements are true? Choose all that apply.',
                options: [
                  option(
                    'a',
                    true,
                    'She is a presumed victim under the child rule',
                    'Yes. Exploitative conditions with a recruitment dimension are enough for a child.',
                  ),
                  option(
                    'b',
                    true,
                    'Coercion or abuse of vulnerability at destination is not needed for a child',
                    'Yes. The means are not required for children, so the control group of the adult rule does not apply.',
                  ),
                  option(
                    'c',
                    true,
                    'A network can set its national child rule in the instrument definition',
                    'Yes. The child rule is kept in the instrument so that it can follow national law; the default follows the international definition.',
                  ),
                  option(
                    'd',
                    false,
                    'She is not a presumed victim, because the person who brought her is a relative',
                    'No. Many children are trafficked by relatives. Who the recruiter is does not change the rule.',
                  ),
                ],
                takeaway: 'Children: exploitative conditions plus a recruitment dimension; no means and no control at destination are needed.',
              },
              {
                id: 'q-rules-unknown',
                kind: 'single',
                prompt:
                  'A woman calls a hotline from a nail salon. She works twelve hours a day for almost nothing (exploitative conditions present) and the owner holds her passport and watches her (coercion at destination present). Before you can ask how she came to the job she whispers "he’s back" and hangs up. All recruitment indicators are unknown. What does the result mean?',
                options: [
                  option(
                    'a',
                    true,
                    'Not a presumed victim yet, but not settled: the unknown recruitment indicators could change it; complete the screening when it is safe',
                    'Yes. Unknowns count as "not yes", so the adult rule is not met yet, but Haven shows that the open recruitment indicators could still change the result. Keep the contact, agree a safe way to talk again and prepare a referral.',
                  ),
                  option(
                    'b',
                    false,
                    'Not a victim: unknown answers count as no, so the case can be closed',
                    'No. Unknowns count as "not yes" for the result, but the result is not settled and the case is clearly serious.',
                  ),
                  option(
                    'c',
                    false,
                    'Answer the recruitment indicators yes, since she is obviously controlled',
                    'No. Never turn unknown into yes: the result would no longer reflect what she said, and it could not be trusted by the referral partner.',
                  ),
                  option(
                    'd',
                    false,
                    'Answer them no, so that the screening can be finished',
                    'No. A false "no" makes the result look settled when it is not, and hides what still needs to be asked.',
                  ),
                ],
                takeaway:
                  'Unknown is an honest answer. Haven counts unknowns, tells you whether they could still change the result, and proposes to complete the screening.',
              },
            ],
          },
        },
      ],
    },
    {
      id: 'module-after',
      title: 'After the screening: referral, reflection period, consent and safety',
      lessons: [
        {
          id: 'lesson-indication-not-determination',
          title: 'An indication for referral, not a legal determination',
          body: para(
            'A positive screening says that there are reasonable grounds to believe the person may be a victim of trafficking. It is an indication for referral, not a legal determination. The formal identification is made by the competent authority of your national referral mechanism, and only a court decides on a crime.',
            'Explain this to the person in plain words: what the screening found, what happens next, what they are entitled to now, and what they decide themselves.',
            'Haven proposes next steps with every result:',
            list(
              'presumed victim: refer to the national referral mechanism, open or update a case, start the reflection period, refer to services (shelter, health care, legal aid, psychological support);',
              'not settled: complete the screening, open or update a case, refer to services in the meantime;',
              'not a presumed victim: refer to the services the person needs and keep in contact; screen again if new facts come up.',
            ),
            'Under the Council of Europe Convention, a person with reasonable grounds to be considered a victim must not be removed from the country until the identification process is complete, and should not be punished for offences they were compelled to commit as a result of being trafficked (the non-punishment principle).',
          ),
        },
        {
          id: 'lesson-reflection-and-referral',
          title: 'The reflection period and referral',
          body: para(
            'The recovery and reflection period gives a presumed victim time, at least 30 days under the Council of Europe Convention, to recover, to escape the influence of the traffickers and to decide in an informed way whether to cooperate with the authorities. During this time they may not be expelled and are entitled to assistance: safe accommodation, emergency medical care, psychological support, interpretation, information and legal counselling. National law may give longer periods.',
            'Assistance must not depend on the person agreeing to testify or to cooperate with the police. A person who is not ready to make a statement is still entitled to help.',
            'Referral to the national referral mechanism follows your national procedure: the form, the contact point and the time limits. Refer with the person’s informed consent and send only what the receiving agency needs. For children, inform child protection services and request a guardian without delay; the best interests of the child come first, and consent is obtained in the way national law provides.',
            'Refer to services as well as, or instead of, the national referral mechanism where the person needs them: shelter, health care, legal aid, a trade union or labour inspectorate for labour rights, asylum procedures where protection is needed. Record each referral in the case so that the next colleague can follow up.',
          ),
        },
        {
          id: 'lesson-consent-data-safety',
          title: 'Consent, minimum data and safety',
          body: para(
            'Consent: before recording and before every referral, explain what you will write, why, who will see it and for how long it is kept, and ask. Consent must be free and informed; a person who depends on you for a bed may feel unable to say no, so make clear that help does not depend on it. Record what was agreed.',
            'Minimum data: record only what the screening and the referral need. Write facts, not judgements; keep free text short; do not copy photos, messages or details of violence unless they are needed and the person agrees. Trafficking cases attract the interest of exploiters, media and officials: every extra detail is a risk.',
            'Safety comes before completeness:',
            list(
              'ask whether the person is in danger now, and whether anyone checks their phone;',
              'agree how and when it is safe to contact them, and a word that means "I cannot talk";',
              'never contact the employer, the "partner" or the family to check a story;',
              'think about the safety of relatives at home, who may be threatened;',
              'know your emergency numbers and the procedure for immediate danger to life, where you may have to act without consent;',
              'look after yourself and your colleagues: hearing these stories takes its toll, and supervision is part of the work.',
            ),
          ),
        },
        {
          id: 'lesson-quiz-after',
          title: 'Quiz: what happens next',
          body: 'Five situations after a screening.',
          quiz: {
            passMark: 75,
            questions: [
              {
                id: 'q-after-determination',
                kind: 'single',
                prompt:
                  'Leyla’s screening shows she is a presumed victim. She asks: "So now it is official, a judge has decided that I am a victim?" What is the best answer?',
                options: [
                  option(
                    'a',
                    true,
                    'Explain that the screening is an indication for referral; the competent authority decides on formal identification, and she is entitled to help and a reflection period now',
                    'Yes. It is honest about what the screening is and tells her what she can rely on already.',
                  ),
                  option(
                    'b',
                    false,
                    'Tell her yes, it is official now',
                    'No. The screening is not a legal determination. Saying otherwise is a promise you cannot keep.',
                  ),
                  option(
                    'c',
                    false,
                    'Tell her the screening means nothing until the police confirm it',
                    'No. The screening has real consequences: referral, a reflection period, protection from removal. Belittling it discourages her.',
                  ),
                  option(
                    'd',
                    false,
                    'Tell her she will only be recognised if she testifies against her employer',
                    'No. Identification and assistance do not depend on testifying.',
                  ),
                ],
                takeaway:
                  'A positive screening is an indication for referral, not a legal determination; it already opens the way to assistance and the reflection period.',
              },
              {
                id: 'q-after-reflection',
                kind: 'true-false',
                prompt:
                  'Olena, the woman from the earlier case, is a presumed victim. She is exhausted and afraid of the people who controlled her and does not want to speak to the police now. True or false: she can be offered the reflection period and assistance only if she agrees to give evidence.',
                options: [
                  option(
                    'true',
                    false,
                    'True',
                    'No. The reflection period exists precisely so that she can recover and decide later, in an informed way, whether to cooperate.',
                  ),
                  option(
                    'false',
                    true,
                    'False',
                    'Yes. Assistance and the reflection period (at least 30 days) do not depend on cooperation with the authorities.',
                  ),
                ],
                takeaway: 'Help first, decisions later: assistance never depends on agreeing to testify.',
              },
              {
                id: 'q-after-consent',
                kind: 'multiple',
                prompt:
                  'You have screened Amina, alone and with an interpreter; she is a presumed victim and wants to go to a shelter. What do you do with her information? Choose all that apply.',
                options: [
                  option(
                    'a',
                    true,
                    'Explain what will be recorded and sent, to whom and why, and ask for her consent to the referral',
                    'Yes. Informed consent is the basis of every referral of an adult.',
                  ),
                  option(
                    'b',
                    true,
                    'Record only what the screening and the referral need',
                    'Yes. Minimum data protects her: less that can leak, be misused or be used against her.',
                  ),
                  option(
                    'c',
                    false,
                    'Send the full interview notes to the police at once, without asking her, because trafficking is a crime',
                    'No. Apart from the cases the law requires (such as a child or an immediate threat to life), sharing with the police needs her informed decision.',
                  ),
                  option(
                    'd',
                    false,
                    'Photograph the messages on her phone for the file, since it might be useful later',
                    'No. Collect nothing "just in case". Evidence is for the police to gather, with her consent, when she decides to report.',
                  ),
                ],
                takeaway: 'Explain, ask, record the minimum, and share only what the receiving service needs and she agreed to.',
              },
              {
                id: 'q-after-safety',
                kind: 'single',
                prompt:
                  'Two weeks later Leyla calls the hotline from her employer’s flat, whispering. She says the employer will be back in a few minutes. What do you do first?',
                options: [
                  option(
                    'a',
                    true,
                    'Ask whether she is in danger now, agree a safe time and way to talk again and a word for "I cannot talk", and give her the emergency number',
                    'Yes. Safety comes before completeness. A short call that keeps her safe and keeps the contact is a success.',
                  ),
                  option(
                    'b',
                    false,
                    'Keep her on the line to finish the indicators',
                    'No. If the employer finds her on the phone she may be punished, and you may lose the contact.',
                  ),
                  option(
                    'c',
                    false,
                    'Call the employer afterwards to mediate',
                    'No. Never contact the people who may control the person: it puts her at risk and warns them.',
                  ),
                  option(
                    'd',
                    false,
                    'Tell her to take her passport and leave tonight; promise her a shelter place',
                    'No. Do not push her into a risky step or promise a place that is not confirmed. Plan the exit with her and with the shelter.',
                  ),
                ],
                takeaway: 'Safety first: check the danger, agree safe contact, never alert the controllers, and promise nothing you cannot guarantee.',
              },
              {
                id: 'q-after-not-presumed',
                kind: 'single',
                prompt:
                  'Eva, 30, meets an outreach team near a club. She works independently in sex work, advertises herself, keeps her earnings and her documents, and says she can stop when she wants. The screening is settled: not a presumed victim. What now?',
                options: [
                  option(
                    'a',
                    true,
                    'Offer the services she wants (health, legal advice), without judgement, and keep the door open',
                    'Yes. No recruitment element, no exploitative conditions and no control appear. Respect her account, offer help, and make sure she knows where to turn if anything changes.',
                  ),
                  option(
                    'b',
                    false,
                    'Record her as a victim anyway so that she can get services',
                    'No. A false result misleads partners and statistics, and services do not require that label.',
                  ),
                  option(
                    'c',
                    false,
                    'Tell the police that she works in prostitution',
                    'No. That breaks trust, may expose her to sanctions, and has nothing to do with identifying victims.',
                  ),
                  option(
                    'd',
                    false,
                    'Try to convince her that she is exploited even if she does not feel it',
                    'No. Indicators, not assumptions about the work, decide the result. Pressure drives people away from services.',
                  ),
                ],
                takeaway: 'Sex work is not in itself trafficking; the dimensions decide. Not a presumed victim still means a respectful offer of services.',
              },
            ],
          },
        },
      ],
    },
    {
      id: 'module-final',
      title: 'Final case review',
      lessons: [
        {
          id: 'lesson-final-recap',
          title: 'Checklist before the final quiz',
          body: para(
            'Before each screening and each referral, run through these questions:',
            list(
              'Which set? Adult or child (when in doubt about age, treat the person as a child), labour or sexual exploitation.',
              'Is the setting safe? Alone, in private, with an independent interpreter, with time.',
              'Recruitment: deceptive recruitment, coercive recruitment or recruitment by abuse of vulnerability?',
              'Destination: exploitative conditions? Coercion at destination or abuse of vulnerability at destination?',
              'Which indicators are yes, which no, which unknown? Never guess.',
              'Is each dimension present under the combinations (2 strong; 1 strong + 1 medium or weak; 3 medium; 2 medium + 1 weak)?',
              'Adult rule or child rule? Is the result settled?',
              'Next steps: referral to the national referral mechanism, reflection period, services; with consent, minimum data and a safety plan.',
            ),
            'The final quiz mixes eight cases from reception centres, hotlines and outreach. Take your time.',
          ),
        },
        {
          id: 'lesson-quiz-final',
          title: 'Final quiz: mixed cases',
          body: 'Eight cases. Some people are presumed victims, some are not, and for some the result is not settled yet.',
          quiz: {
            passMark: 75,
            questions: [
              {
                id: 'q-final-construction',
                kind: 'multiple',
                prompt:
                  'Viktor, 41, comes to a reception centre. An advertisement promised building work in a city, 1,500 euros a month, a written contract and a shared flat. He never got a contract and sleeps in a container with ten other men. In three months he received 200 euros; the foreman deducts food and the bed, says Viktor owes him more every month, and keeps his passport "until the debt is paid". He works twelve hours a day, seven days a week. Using the adult labour set, which dimensions are present? Choose all that apply.',
                options: [
                  option(
                    'a',
                    true,
                    'Deceptive recruitment',
                    'Yes. He was deceived about the pay, the contract and the housing: three medium indicators, which is enough.',
                  ),
                  option('b', true, 'Exploitative conditions', 'Yes. Excessive hours (strong) with degrading housing and almost no pay (medium).'),
                  option(
                    'c',
                    true,
                    'Coercion at destination',
                    'Yes. The confiscated passport and a debt that keeps growing (debt bondage) are two strong indicators.',
                  ),
                  option(
                    'd',
                    false,
                    'Coercive recruitment',
                    'No. Nothing in his story shows force, threats or a debt at the time of recruitment; the debt arose at destination.',
                  ),
                ],
                takeaway:
                  'Viktor meets the adult rule: a recruitment dimension, exploitative conditions and coercion at destination. Refer him to the national referral mechanism and offer the reflection period.',
              },
              {
                id: 'q-final-bar',
                kind: 'single',
                prompt:
                  'Daria works in a bar where, she says, she "has to be nice to the guests" and go upstairs with them; the owner keeps her money for "rent". She came with a man she met online who promised her a waitress job. She says she is 18 and agreed to everything, but she has no documents and looks younger. A school photo on her phone suggests she may be 16. What applies?',
                options: [
                  option(
                    'a',
                    true,
                    'Treat her as a child until her age is established: use the child sexual exploitation set, inform child protection and ask for a guardian',
                    'Yes. When a person may be a child, they are presumed to be one. For a child, her agreement is irrelevant and the means are not needed.',
                  ),
                  option(
                    'b',
                    false,
                    'Use the adult set, because she says she is 18',
                    'No. Exploiters often tell children to say they are adults. Where there are reasons to believe she is a child, the presumption of minority applies.',
                  ),
                  option(
                    'c',
                    false,
                    'She is not a presumed victim, because she agreed',
                    'No. A child’s consent to exploitation has no effect; and even for an adult, the deception about the job would make consent irrelevant.',
                  ),
                  option(
                    'd',
                    false,
                    'Wait until she can show a document before doing anything',
                    'No. Waiting leaves her in exploitation. Act on the presumption of minority and let the competent authority assess her age.',
                  ),
                ],
                takeaway: 'When the age is uncertain, presume a child: child set, child protection, a guardian; consent and means do not matter.',
              },
              {
                id: 'q-final-farm',
                kind: 'single',
                prompt:
                  'Ion, 52, picks fruit for the season. He calls a hotline because his overtime was paid at the normal rate, which is against the collective agreement. He has his passport, rents a room he chose, was told the truth about the job and says he will work for another farm next year. What fits best?',
                options: [
                  option(
                    'a',
                    true,
                    'A labour rights issue, not trafficking on what is known; refer him to the labour inspectorate, a union or legal aid',
                    'Yes. There is no deception, no coercion and no exploitative conditions in the sense of the instrument, only a breach about overtime pay that labour services can address.',
                  ),
                  option(
                    'b',
                    false,
                    'A presumed victim, because labour law was breached',
                    'No. A breach of labour law is one indicator of exploitative conditions at most; it does not meet the adult rule on its own.',
                  ),
                  option(
                    'c',
                    false,
                    'Nothing to do, the hotline is only for trafficking',
                    'No. Callers who are not presumed victims still deserve a useful referral, and labour abuse left alone can get worse.',
                  ),
                  option(
                    'd',
                    false,
                    'A presumed victim, because seasonal migrant workers are vulnerable',
                    'No. Belonging to a vulnerable group is not an indicator that something happened to this person. The screening looks at facts in his story.',
                  ),
                ],
                takeaway: 'Not every exploitation of labour rights is trafficking; a precise answer and a good referral help the caller most.',
              },
              {
                id: 'q-final-independent',
                kind: 'true-false',
                prompt:
                  'Back to Eva, who works independently in sex work, keeps her earnings and documents and can stop when she wants. A colleague says: "Any woman in prostitution is a victim of trafficking; answer the indicators yes." True or false: on what is known, Eva is not a presumed victim, and the indicators must be answered from her account.',
                options: [
                  option(
                    'true',
                    true,
                    'True',
                    'Yes. The screening answers each indicator from facts; none of the six dimensions appears in her account. Offer services and keep in contact.',
                  ),
                  option(
                    'false',
                    false,
                    'False',
                    'No. Answering indicators by assumption makes the result meaningless and can harm her. Indicators must reflect what she says.',
                  ),
                ],
                takeaway: 'The result comes from facts in the person’s account, never from assumptions about the kind of work.',
              },
              {
                id: 'q-final-third-party',
                kind: 'single',
                prompt:
                  'A woman calls a hotline about her sister, who works in a bakery abroad. The sister has not been paid for four months, works through the night and is locked in after work. The caller does not know how her sister got the job. What do you do?',
                options: [
                  option(
                    'a',
                    true,
                    'Record what is known and mark the rest unknown; the result will not be settled; with the caller, plan a safe way to reach the sister and alert a partner organisation abroad, with her agreement or at once if life is in danger',
                    'Yes. Exploitative conditions and coercion at destination are likely, recruitment is unknown. The open indicators could change the result, and the situation sounds urgent.',
                  ),
                  option(
                    'b',
                    false,
                    'Answer the recruitment indicators yes, because being locked in proves trafficking',
                    'No. Never fill unknowns with guesses; being locked in is a sign of coercion at destination, not of how she was recruited.',
                  ),
                  option(
                    'c',
                    false,
                    'Tell the caller that her sister is definitely a victim of trafficking',
                    'No. Even a complete screening is an indication for referral, and this one is based on second-hand information.',
                  ),
                  option(
                    'd',
                    false,
                    'Close the call: only the sister herself can be screened',
                    'No. Third-party information is incomplete but can start a screening and, above all, action for her safety.',
                  ),
                ],
                takeaway: 'Second-hand information: record it honestly with unknowns, act on safety, and complete the screening with the person when possible.',
              },
              {
                id: 'q-final-begging',
                kind: 'multiple',
                prompt:
                  'An outreach worker sees Aziz, about 12, begging at a railway station every day from early morning to late evening. A woman nearby, who says she is his mother, collects the money every hour. Aziz does not go to school. Which actions are right? Choose all that apply.',
                options: [
                  option(
                    'a',
                    true,
                    'Inform child protection services according to your procedure',
                    'Yes. A child in forced begging needs child protection at once; the child set applies and the means are not required.',
                  ),
                  option(
                    'b',
                    true,
                    'Talk with Aziz in a child-friendly way, out of the woman’s hearing if that is safe',
                    'Yes. The woman may be controlling him; he cannot speak freely in front of her.',
                  ),
                  option(
                    'c',
                    true,
                    'Avoid promising Aziz anything you cannot guarantee, such as that he will never have to go back',
                    'Yes. Never promise what you cannot give; children remember broken promises too.',
                  ),
                  option(
                    'd',
                    false,
                    'Confront the woman and demand to see her documents',
                    'No. Confrontation can put Aziz at risk and make them disappear. Checking identity is for the authorities.',
                  ),
                ],
                takeaway: 'A child in forced begging: child protection, a safe child-friendly conversation, no confrontation and no promises.',
              },
              {
                id: 'q-final-marriage',
                kind: 'multiple',
                prompt:
                  'Nodira, 22, married a man abroad through a marriage agency that promised a comfortable life and a chance to study. At his home she must work on the family farm from dawn to night without pay, her husband keeps her passport, and he has beaten her. She comes to a shelter for women. Which statements are true? Choose all that apply.',
                options: [
                  option(
                    'a',
                    true,
                    'Being legally married does not exclude trafficking',
                    'Yes. A promised marriage can be the pretext of deceptive recruitment, and the marriage does not justify forced work.',
                  ),
                  option(
                    'b',
                    true,
                    'Coercion at destination is present: the confiscated passport and violence are two strong indicators',
                    'Yes. Two strong indicators make the dimension present.',
                  ),
                  option(
                    'c',
                    false,
                    'It is a family matter for the domestic violence services only',
                    'No. Domestic violence services may be involved too, but the signs of exploitation and control call for a trafficking screening and referral.',
                  ),
                  option(
                    'd',
                    false,
                    'She must first report her husband to the police before any assistance can be given',
                    'No. Assistance and the reflection period do not depend on a police report.',
                  ),
                ],
                takeaway: 'Marriage can be a means of recruitment; look at the dimensions, not at the label of the relationship.',
              },
              {
                id: 'q-final-smuggling-turned',
                kind: 'true-false',
                prompt:
                  'Months later Karim, the man who was smuggled in a lorry, comes back. The smugglers now say he owes them 5,000 euros more. They took his passport, make him work unpaid at their car wash to repay it and have threatened his mother at home. True or false: because Karim came as a smuggled migrant, this is a smuggling case and the trafficking screening does not apply.',
                options: [
                  option(
                    'true',
                    false,
                    'True',
                    'No. How he crossed the border does not decide what is happening now. Debt bondage, a confiscated passport and threats to his family are signs of coercion at destination.',
                  ),
                  option(
                    'false',
                    true,
                    'False',
                    'Yes. Screen him with the adult labour set: a debt imposed by the people who moved him, exploitative conditions and coercion at destination may well make him a presumed victim.',
                  ),
                ],
                takeaway: 'Smuggling can turn into trafficking; screen the situation the person is in now.',
              },
            ],
          },
        },
      ],
    },
  ],
};
