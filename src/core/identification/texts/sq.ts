/**
 * Albanian texts of the screening instruments (shqip). The structure and strengths follow the ILO /
 * European Commission operational indicators (2009); the wording follows en.ts and uses the terms of
 * the field in Albanian (trafikim i qenieve njerëzore, shfrytëzim, skllavëri për borxh). Adults are
 * addressed with "ju", children and adolescents with "ti". Entries are written once per indicator
 * id and specialised for sexual exploitation and for children where the wording must differ;
 * `indicatorTexts` fails loudly if an indicator has no text.
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
    'Mashtrim për llojin e punës, vendin ose punëdhënësin',
    'Çfarë pune ju thanë se do të bënit, ku dhe për kë? Si krahasohet kjo me atë që ndodhi në të vërtetë?',
    'Po, kur puna, vendi ose punëdhënësi rezultuan të ndryshëm nga ajo që i ishte thënë personit. Lëreni personin t’i përshkruajë të dyja me fjalët e veta para se t’i krahasoni.',
  ],
  'deceived-working-conditions': [
    'Mashtrim për kushtet e punës',
    'Çfarë ju thanë për orarin, ditët e pushimit dhe kushtet e punës?',
    'Po, kur orari, pushimi ose kushtet ishin dukshëm më të këqija se sa ishte premtuar. Dallimet e vogla që mund të ketë çdo punë nuk llogariten.',
  ],
  'deceived-conditions-of-prostitution': [
    'Mashtrim për kushtet e punës seksuale',
    'Çfarë ju thanë për punën para se të fillonit, për shembull sa orë, sa klientë dhe çfarë mund të vendosnit vetë?',
    'Po, kur personi e dinte se do të bënte punë seksuale, por u mashtrua për kushtet e saj (orarin, klientët, praktikat, fitimet, lirinë për të ndaluar). Pyesni pa e gjykuar vetë punën.',
  ],
  'deceived-contract': [
    'Mashtrim për përmbajtjen ose ligjshmërinë e kontratës',
    'A kishte kontratë ose marrëveshje? Çfarë thoshte dhe a u respektua?',
    'Po, kur kontrata ishte e rreme, u ndryshua pas mbërritjes, ishte në një gjuhë që personi nuk e lexonte ose nuk ishte ligjërisht e vlefshme. Edhe një premtim joformal mund të llogaritet nëse ishte qëllimisht i rremë.',
  ],
  'deceived-family-reunification': [
    'Mashtrim me premtimin e bashkimit me familjen',
    'A ju tha dikush se po të shkonit atje do t’ju ndihmonte të ishit me familjen tuaj? Çfarë ndodhi?',
    'Po, kur premtimi për bashkim me anëtarët e familjes u përdor për rekrutimin e personit dhe nuk u mbajt.',
  ],
  'deceived-housing': [
    'Mashtrim për strehimin dhe kushtet e jetesës',
    'Ku ju thanë se do të jetonit dhe si ishte kur mbërritët?',
    'Po, kur strehimi ishte shumë më i keq se sa ishte premtuar ose kostoja e tij u fsheh.',
  ],
  'deceived-legal-status': [
    'Mashtrim për dokumentet ose lejen ligjore për qëndrim a punë',
    'Çfarë ju thanë për vizat, lejet ose dokumentet për udhëtimin dhe punën?',
    'Po, kur personit iu tha se do të kishte dokumente të vlefshme ose status ligjor dhe nuk i pati, ose iu thanë gënjeshtra për dokumentet që kishte.',
  ],
  'deceived-travel-and-recruitment': [
    'Mashtrim për udhëtimin ose kushtet e rekrutimit',
    'Çfarë ju thanë për mënyrën si do të udhëtonit dhe sa do t’ju kushtonte? Kush pagoi dhe si?',
    'Po, kur itinerari, kostoja e udhëtimit ose tarifat e rekrutimit, ose kush do t’i paguante ato, u paraqitën në mënyrë të rreme.',
  ],
  'deceived-wages': [
    'Mashtrim për pagën',
    'Sa ju thanë se do të fitonit dhe sa morët në të vërtetë?',
    'Po, kur paga e marrë ishte dukshëm më e ulët se sa ishte premtuar ose zbritjet u fshehën. Pyesni me qetësi për shumat; njerëzit shpesh ndihen të turpëruar për paratë.',
  ],
  'deceived-education-access': [
    'Mashtrim për shkollën ose formimin',
    'A të premtoi dikush se atje mund të shkoje në shkollë ose të mësoje një zanat? Çfarë ndodhi?',
    'Po, kur premtimi për shkollim, formim ose studime u përdor për rekrutimin e fëmijës dhe nuk u mbajt.',
  ],
  'deceived-marriage-or-adoption': [
    'Mashtrim me premtimin e martesës ose birësimit',
    'A ju premtoi dikush se do të martohej me ju ose se do t’ju merrte në familjen e vet? Çfarë ndodhi më pas?',
    'Po, kur një martesë, lidhje ose birësim i premtuar ishte pretekst për të zhvendosur ose shfrytëzuar personin. Jini të butë: personi mund të ndihet ende i lidhur me rekrutuesin.',
  ],
  // Coercive recruitment
  'abduction-or-sale': [
    'Rrëmbim, martesë ose birësim me forcë, ose shitje',
    'Si ndodhi që u larguat nga shtëpia? A patët zgjedhje nëse do të shkonit apo jo?',
    'Po, kur personi u rrëmbye, u detyrua në martesë ose birësim, ose u dorëzua në këmbim të parave apo mallrave. Mos këmbëngulni për hollësi të ngjarjes; mjafton që ajo ka ndodhur.',
  ],
  'recruited-by-violence': [
    'Dhunë e përdorur për ta detyruar personin të shkojë',
    'A ju lëndoi dikush që t’ju detyronte të shkonit, ose gjatë udhëtimit?',
    'Po, për dhunë fizike ose seksuale të përdorur për të rekrutuar ose zhvendosur personin. Mos kërkoni rrëfim të plotë; shënoni vetëm atë që personi tregon vetë.',
  ],
  'documents-taken-at-recruitment': [
    'Dokumentet e identitetit të marra gjatë rekrutimit ose udhëtimit',
    'Kush e mbajti pasaportën ose letërnjoftimin tuaj para dhe gjatë udhëtimit?',
    'Po, kur dikush tjetër i mbajti dokumentet kundër vullnetit të personit ose nuk ia ktheu kur i kërkoi.',
  ],
  'debt-at-recruitment': [
    'Borxh i përdorur për ta lidhur personin që në fillim',
    'A i detyroheshit para dikujt për punën ose udhëtimin? Si duhej t’i shlyenit?',
    'Po, kur gjatë rekrutimit u krijua një borxh për tarifa, udhëtim ose dokumente dhe u përdor për ta detyruar personin të shkonte ose të qëndronte.',
  ],
  'isolated-at-recruitment': [
    'Izolim, mbyllje ose mbikëqyrje gjatë rekrutimit ose udhëtimit',
    'Gjatë udhëtimit, a mund të shkonit ku të donit dhe të kontaktonit kë të donit?',
    'Po, kur personi u mbyll, u mbajt larg të tjerëve ose u mbikëqyr që të mos largohej gjatë rekrutimit ose udhëtimit.',
  ],
  'denunciation-threat-at-recruitment': [
    'Kërcënim me denoncim te autoritetet',
    'A ju tha dikush se do t’ju denonconte në polici ose te shërbimi i migracionit nëse nuk pranonit?',
    'Po, kur kërcënimi me denoncim në polici, migracion ose autoritete të tjera u përdor për ta detyruar personin të shkonte.',
  ],
  'violence-threat-at-recruitment': [
    'Kërcënim me dhunë për ta detyruar të shkojë',
    'A ju tha dikush se do t’ju lëndonte nëse nuk shkonit?',
    'Po, për çdo kërcënim me dëm fizik ose seksual ndaj personit të përdorur gjatë rekrutimit.',
  ],
  'exposure-threat-at-recruitment': [
    'Kërcënim se do t’i tregohet familjes, komunitetit ose publikut',
    'A ju tha dikush se do t’i tregonte familjes suaj ose të tjerëve diçka për ju nëse nuk shkonit?',
    'Po, kur kërcënimet për të zbuluar informacione, fotografi ose gjendjen e personit u përdorën për ta vënë nën presion.',
  ],
  'family-harmed-at-recruitment': [
    'Familja e dëmtuar ose e kërcënuar me dëm',
    'A kërcënoi ose lëndoi dikush ndonjë pjesëtar të familjes suaj që t’ju detyronte të shkonit?',
    'Po, kur të afërmit u dëmtuan ose u kërcënuan për ta detyruar personin të shkonte. Personi mund të frikësohet ende për ta: pyesni nëse tani janë të sigurt.',
  ],
  'money-withheld-at-recruitment': [
    'Para të mbajtura për ta detyruar personin të shkojë',
    'Para se të largoheshit, a mbajti dikush para që ishin tuajat ose që ju detyroheshin?',
    'Po, kur paratë ose fitimet e personit u mbajtën për ta vënë nën presion që të shkonte.',
  ],
  // Recruitment by abuse of vulnerability
  'abused-family-difficulty': [
    'U shfrytëzua një gjendje e vështirë familjare',
    'Si ishin gjërat në shtëpi para se të largoheshit?',
    'Po, kur rekrutuesi dinte për një gjendje të vështirë familjare (dhunë, sëmundje, borxhe, konflikt) dhe e përdori për ta tërhequr personin.',
  ],
  'abused-irregular-status': [
    'U shfrytëzua statusi i parregullt i migracionit',
    'Para kësaj pune, a kishit dokumente për të qëndruar ose punuar aty ku ishit? A e dinte personi që ju rekrutoi?',
    'Po, kur rekrutuesi përdori mungesën e statusit ligjor të personit për ta rekrutuar me kushte më të këqija ose për ta mbajtur në heshtje.',
  ],
  'abused-lack-of-education': [
    'U shfrytëzua shkollimi ose përvoja e pakët e punës',
    'Sa shkollë dhe sa përvojë pune kishit më parë? A ju vështirësoi kjo të verifikonit atë që ju thanë?',
    'Po, kur rekrutuesi përdori arsimimin, shkrim-leximin ose përvojën e kufizuar të punës së personit për ta mashtruar ose për ta vënë nën presion.',
  ],
  'abused-lack-of-information': [
    'U shfrytëzua mungesa e informacionit',
    'Para se të largoheshit, çfarë dinit për vendin ku po shkonit dhe për të drejtat tuaja atje?',
    'Po, kur rekrutuesi përfitoi nga fakti që personi nuk e njihte gjuhën, ligjin, vendin ose ku të kërkonte ndihmë.',
  ],
  'controlled-by-exploiters': [
    'Tashmë nën kontrollin e shfrytëzuesve',
    'A kishin tashmë ndikim në jetën tuaj njerëzit që ju rekrutuan, para se të largoheshit? Si?',
    'Po, kur rekrutuesit e kontrollonin tashmë personin (përmes një lidhjeje, një borxhi, familjes ose një grupi) në kohën e rekrutimit.',
  ],
  'economic-hardship': [
    'U shfrytëzua varfëria ose mungesa e të ardhurave',
    'Si ishit me paratë dhe punën para se të largoheshit?',
    'Po, kur nevoja e rëndë ekonomike e la personin pa shumë zgjedhje reale dhe rekrutuesi e shfrytëzoi këtë.',
  ],
  'misinformed-about-law': [
    'Informacion i rremë për ligjin ose autoritetet',
    'Çfarë ju thanë për policinë ose ligjin në vendin ku po shkonit?',
    'Po, kur personit iu thanë gënjeshtra (për shembull që policia do ta arrestonte, ose që puna ishte e ligjshme kur nuk ishte) që të shkonte ose të qëndronte.',
  ],
  'misinformed-about-migration': [
    'Histori të rreme për migrim të suksesshëm',
    'Çfarë ju treguan njerëzit për të tjerët që kishin shkuar atje para jush?',
    'Po, kur u përdorën histori suksesi të trilluara ose të zmadhuara të migrantëve të tjerë për ta bindur personin.',
  ],
  'family-situation': [
    'Gjendje familjare e cenueshme në kohën e rekrutimit',
    'Kush varej nga ju, ose nga kush vareshit ju, në kohën kur u larguat?',
    'Po, kur gjendja familjare (persona në ngarkim, humbja e një prindi ose partneri, presioni i familjes) e bëri personin të cenueshëm ndaj ofertës.',
  ],
  'personal-situation': [
    'Gjendje personale e cenueshme në kohën e rekrutimit',
    'A ishte diçka veçanërisht e vështirë për ju në kohën kur u larguat, si shëndeti ose vendi ku jetonit?',
    'Po, kur sëmundja, aftësia e kufizuar, varësia, mungesa e strehës, shtatzënia ose rrethana të ngjashme e bënë personin të cenueshëm. Personi nuk ka nevojë të japë hollësi.',
  ],
  'emotional-dependency': [
    'Varësi emocionale ose psikologjike nga rekrutuesi',
    'Si do ta përshkruanit marrëdhënien tuaj me personin që ju ndihmoi të largoheshit?',
    'Po, kur personi varej emocionalisht nga rekrutuesi (partner, i afërm, dikush i besuar) dhe kjo u shfrytëzua. Shmangni çdo fajësim.',
  ],
  'status-with-authorities': [
    'U shfrytëzua një pozitë e vështirë ndaj autoriteteve',
    'Para se të largoheshit, a kishit frikë nga policia ose autoritete të tjera për ndonjë arsye?',
    'Po, kur frika ose mosbesimi ndaj autoriteteve, ose një pozitë e dobët ligjore, u përdor në rekrutim.',
  ],
  'general-context': [
    'Kontekst i përgjithshëm vështirësish',
    'Si ishte jeta aty ku jetonit më parë, për shembull me punën, sigurinë ose konfliktet?',
    'Po, kur personi vinte nga një kontekst konflikti, fatkeqësie, diskriminimi ose varfërie të përhapur. Vetëm ky tregues ka pak peshë.',
  ],
  'past-hardship': [
    'Vështirësi në të kaluarën',
    'Nëse ndiheni rehat ta thoni, a kishit kaluar periudha të vështira më parë?',
    'Po, kur trauma, abuzimi, përvoja në institucione përkujdesi ose shfrytëzimi i mëparshëm e bënë personin më të lehtë për t’u rekrutuar. Mos pyesni për hollësi të abuzimit të kaluar.',
  ],
  'travel-difficulty': [
    'Nuk mund ta organizonte udhëtimin pa rekrutuesin',
    'A mund ta kishit organizuar udhëtimin vetë, apo ju duhej dikush që ta rregullonte për ju?',
    'Po, kur personi varej nga rekrutuesi për udhëtimin (dokumente, bileta, itinerar, para), gjë që i jepte rekrutuesit pushtet mbi të.',
  ],
  'abused-cultural-beliefs': [
    'U shfrytëzuan besimet kulturore ose fetare',
    'A përdorën njerëzit që ju rekrutuan besime, zakone ose fenë për t’ju bindur, për shembull një betim, një ritual ose një detyrim ndaj familjes suaj?',
    'Po, kur besimet, zakonet ose praktikat fetare (një betim, një ritual, ndjenja e detyrimit) u përdorën për ta bindur ose për ta lidhur personin. Kur pyesni, respektoni besimet e personit.',
  ],
  // Exploitative conditions
  'excessive-hours': [
    'Orë ose ditë pune të tepërta',
    'Sa orë në ditë dhe sa ditë në javë punonit? A mund të pushonit kur kishit nevojë?',
    'Po, kur orët ose ditët ishin shumë përtej asaj që lejon ligji ose personi nuk mund të pushonte a të refuzonte. Pyesni për një ditë të zakonshme, jo për një shumë totale.',
  ],
  'hazardous-work': [
    'Punë e rrezikshme',
    'A ishte puna ndonjëherë e rrezikshme, ose ju lëndoi a ju sëmuri? A ju dhanë mjete mbrojtëse?',
    'Po, kur puna e ekspozoi personin ndaj rrezikut për shëndetin ose sigurinë pa mbrojtje ose trajnim.',
  ],
  'bad-living-conditions': [
    'Kushte jetese shumë të këqija',
    'Ku flinit dhe hanit, dhe kush e vendoste këtë?',
    'Po, kur strehimi, ushqimi ose higjiena ishin poshtëruese ose të pasigurta, ose personi nuk kishte asnjë fjalë për to.',
  ],
  'low-or-no-pay': [
    'Pagë shumë e ulët ose aspak pagë',
    'Sa paguheshit dhe sa shpesh? A i merrnit paratë vetë?',
    'Po, kur paga mungonte, ishte shumë nën minimumin ose i paguhej dikujt tjetër në vend të personit.',
  ],
  'labour-law-breached': [
    'Ligji i punës ose kontrata nuk respektohen',
    'A u ndryshua më vonë ose nuk u mbajt diçka që ishte rënë dakord me ju për punën?',
    'Po, kur punëdhënësi shkeli ligjin e punës ose kushtet e rëna dakord (pushimet, lejet, sigurinë, njoftimin paraprak).',
  ],
  'no-social-protection': [
    'Asnjë mbrojtje sociale',
    'Nëse sëmureshit ose lëndoheshit, a mund të shkonit te mjeku ose a ishit të siguruar në ndonjë mënyrë?',
    'Po, kur personi nuk kishte kontratë, as sigurim shëndetësor ose shoqëror, as qasje në kujdes mjekësor.',
  ],
  'very-bad-working-conditions': [
    'Kushte pune shumë të këqija',
    'Si ishte në punë, për shembull si silleshin me ju dhe çfarë mund të bënit gjatë ditës?',
    'Po, kur kushtet e punës ishin poshtëruese, fyese ose shumë nën standardet normale.',
  ],
  'wage-manipulation': [
    'Manipulim i pagës',
    'A ju mbaheshin para nga paga, për shembull për qira, ushqim, gjoba ose borxhe? Kush vendoste sa?',
    'Po, kur punëdhënësi bënte zbritje, gjoba ose ndryshime arbitrare që personi të fitonte pak ose të mbetej në borxh.',
  ],
  'no-access-to-education': [
    'Pa qasje në arsim',
    'A mund të ndiqnit shkollën ose një kurs formimi ndërsa ishit atje?',
    'Po, kur personit iu pengua shkollimi ose formimi që dëshironte ta ndiqte ose që i takonte me të drejtë.',
  ],
  // Coercion at destination
  'documents-confiscated': [
    'Dokumentet e identitetit të konfiskuara',
    'Kush e ka tani pasaportën ose letërnjoftimin tuaj? A mund t’ju kthehej nëse e kërkonit?',
    'Po, kur punëdhënësi ose një person tjetër i mbajti dokumentet dhe nuk i ktheu kur iu kërkuan.',
  ],
  'debt-bondage': [
    'Skllavëri për borxh',
    'A i detyroheni para dikujt atje? Si ndryshon shuma me kalimin e kohës?',
    'Po, kur një borxh që rritet ose që realisht nuk mund të shlyhet përdoret për ta detyruar personin të vazhdojë të punojë.',
  ],
  'isolation-or-surveillance': [
    'Izolim, mbyllje ose mbikëqyrje',
    'A mund të dilnit kur të donit dhe të flisnit me kë të donit, edhe në telefon?',
    'Po, kur personi mbahej i mbyllur, shoqërohej kudo, iu mor telefoni ose mbikëqyrej që të mos largohej ose të mos fliste me të tjerët.',
  ],
  violence: [
    'Dhunë ndaj personit',
    'A ju ka lënduar ndonjëherë dikush atje?',
    'Po, për çdo dhunë fizike ose seksuale nga punëdhënësit, shfrytëzuesit ose njerëz që veprojnë për ta. Mos kërkoni rrëfim të hollësishëm; ofroni ndihmë mjekësore.',
  ],
  'illicit-activities': [
    'Detyrim për veprimtari të paligjshme ose kriminale',
    'A ju detyruan ndonjëherë të bënit gjëra që e dinit, ose e mësuat më vonë, se ishin kundër ligjit?',
    'Po, kur personi u detyrua të vidhte, të shiste drogë, të lypte ose të kryente vepra të tjera penale. Qetësojeni personin se kjo pyetet për ta mbrojtur, jo për ta akuzuar.',
  ],
  'forced-tasks-or-clients': [
    'Detyrim për të kryer detyra të parëna dakord',
    'A ju detyruan të bënit punë për të cilat nuk ishit marrë vesh, apo mund të thoshit jo?',
    'Po, kur personi duhej të kryente detyra përtej asaj që ishte rënë dakord dhe nuk mund të refuzonte pa pasoja.',
  ],
  'forced-against-peers': [
    'Detyrim për të vepruar kundër punëtorëve të tjerë',
    'A ju kërkuan ndonjëherë të mbikëqyrnit, të ndëshkonit ose të spiunonit njerëz të tjerë që punonin atje?',
    'Po, kur personi u detyrua të kontrollonte, të rekrutonte, të ndëshkonte ose të spiunonte viktima të tjera.',
  ],
  'forced-to-lie': [
    'Detyrim për t’u gënjyer autoriteteve, familjes ose të tjerëve',
    'A ju thanë çfarë të thoshit për gjendjen tuaj policisë, inspektorëve ose familjes?',
    'Po, kur personit iu udhëzua, nën presion, të jepte një përshkrim të rremë të gjendjes së vet.',
  ],
  'denunciation-threat': [
    'Kërcënim me denoncim te autoritetet',
    'A ju tha dikush se do t’ju denonconte në polici ose te shërbimi i migracionit nëse ndalonit punën ose ankoheshit?',
    'Po, kur kërcënimi me denoncim u përdor për ta mbajtur personin në punë ose në heshtje.',
  ],
  'worse-conditions-threat': [
    'Kërcënim me kushte edhe më të këqija',
    'Çfarë thoshin njerëzit atje se do të ndodhte nëse ankoheshit ose nuk bënit atë që donin ata?',
    'Po, kur personi u kërcënua me punë më të rëndë, trajtim më të keq, rishitje ose transferim diku tjetër.',
  ],
  'violence-threat': ['Kërcënim me dhunë', 'A ju tha dikush atje se do t’ju lëndonte?', 'Po, për çdo kërcënim me dëm fizik ose seksual ndaj personit.'],
  'under-strong-influence': [
    'Nën ndikimin e fortë të shfrytëzuesve',
    'Kush merrte vendimet për jetën tuaj të përditshme atje?',
    'Po, kur shfrytëzuesit e kontrollonin personin përmes manipulimit, ritualeve, drogës, alkoolit ose lidhjes emocionale, kështu që ai nuk mund të vendoste lirisht.',
  ],
  'family-harmed': [
    'Familja e dëmtuar ose e kërcënuar me dëm',
    'A e ka kërcënuar dikush familjen tuaj, ose i ka bërë diçka, për shkak të punës suaj atje?',
    'Po, kur të afërmit u dëmtuan ose u kërcënuan që personi të vazhdonte të punonte. Verifikoni nëse familja ka nevojë për mbrojtje.',
  ],
  'wages-withheld': [
    'Paga e mbajtur',
    'A ju mbajtën ndonjë pjesë të pagës, për shembull “që të jetë e sigurt” ose deri në fund?',
    'Po, kur pagat mbaheshin, shtyheshin ose premtoheshin “më vonë” që personi të mos mund të largohej.',
  ],
  'exposure-threat': [
    'Kërcënim se do t’i tregohet familjes, komunitetit ose publikut',
    'A ju tha dikush se do t’i tregonte familjes suaj ose të tjerëve për punën ose gjendjen tuaj?',
    'Po, kur kërcënimet për të zbuluar informacione ose imazhe u përdorën për ta mbajtur personin nën kontroll.',
  ],
  // Abuse of vulnerability at destination
  'dependent-on-exploiters': [
    'Varësi nga shfrytëzuesit',
    'Kush ju siguronte ushqimin, shtratin dhe transportin atje?',
    'Po, kur personi varej nga shfrytëzuesit për strehim, ushqim, punë, dokumente ose kontakt me botën e jashtme.',
  ],
  'unfamiliar-place': [
    'Vështirësi për të jetuar në një vend të panjohur',
    'Sa mirë e njihnit vendin dhe gjuhën atje? A e dinit ku mund të gjenit ndihmë?',
    'Po, kur mosnjohja e gjuhës, e vendit ose e vendeve ku mund të kërkohej ndihmë e mbante personin të varur.',
  ],
  'economic-hardship-at-destination': [
    'Nevoja ekonomike e mban personin në këtë gjendje',
    'Nëse do ta linit këtë punë, si do t’ia dilnit me paratë?',
    'Po, kur nevoja ekonomike e personit ose e familjes së tij u përdor për ta mbajtur në këtë gjendje.',
  ],
  'family-situation-at-destination': [
    'Gjendja familjare e mban personin në këtë gjendje',
    'A mbështetet dikush nga familja juaj te ju ose te paratë që dërgoni?',
    'Po, kur detyrimet familjare ose përfshirja e anëtarëve të familjes ia bënë të vështirë personit largimin.',
  ],
  'status-with-authorities-at-destination': [
    'Pozita e dobët ndaj autoriteteve e mban personin në këtë gjendje',
    'Nëse do të kishit një problem atje, a do të shkonit në polici? Pse e thoni këtë?',
    'Po, kur statusi i parregullt ose frika nga autoritetet u përdor për ta penguar personin të kërkonte ndihmë.',
  ],
  'past-hardship-at-destination': [
    'Vështirësitë e së kaluarës e bëjnë më të vështirë largimin',
    'A ka diçka nga e kaluara që jua bën të vështirë tani të largoheni ose të kërkoni ndihmë?',
    'Po, kur trauma, abuzimi, shfrytëzimi i mëparshëm ose një kthim në shtëpi që shkoi keq përdoren për ta mbajtur personin në këtë gjendje. Mos pyesni për hollësi.',
  ],
  'personal-characteristics': [
    'I përket një grupi që përballet me diskriminim',
    'A ju trajtojnë njerëzit atje ndryshe për shkak se kush jeni, për shembull për shkak të prejardhjes, fesë ose identitetit tuaj?',
    'Po, kur personi i përket një grupi që përballet me diskriminim ose përjashtim (një pakicë etnike, një orientim seksual ose identitet gjinor, një aftësi e kufizuar) dhe kjo përdoret për ta mbajtur të varur.',
  ],
};

/** Sexual exploitation: where the statement, the question or the guidance must differ. */
const SEXUAL: Readonly<Record<string, Entry>> = {
  'excessive-hours': [
    'Orë ose numër klientësh të tepërt',
    'Sa orë në ditë dhe sa ditë në javë ju detyronin të punonit? A mund të pushonit kur kishit nevojë?',
    'Po, kur orët, ditët ose numri i klientëve nuk linin pushim apo zgjedhje reale. Pyesni për një ditë të zakonshme; mos pyesni për hollësi intime.',
  ],
  'hazardous-work': [
    'Kushte të rrezikshme, përfshirë seksin pa mbrojtje',
    'A u vutë ndonjëherë në rrezik në punë, për shembull nga klientët, ose a ju detyruan të kryenit marrëdhënie seksuale pa mbrojtje?',
    'Po, kur personi u ekspozua ndaj dhunës nga klientët, seksit pa mbrojtje, ose drogës apo alkoolit që e shtynin ta merrte.',
  ],
  'low-or-no-pay': [
    'Fitime shumë të ulëta ose aspak fitime',
    'Nga paratë që paguanin klientët, sa mbanit për vete?',
    'Po, kur të gjitha ose shumica e fitimeve shkonin te të tjerët, ose personi nuk i mbante kurrë paratë në dorë.',
  ],
  'labour-law-breached': [
    'Kushtet e rëna dakord nuk respektohen',
    'A u ndryshua më vonë ose nuk u mbajt diçka për të cilën ishit marrë vesh për punën?',
    'Po, kur nuk u respektua ajo për të cilën personi kishte rënë dakord (orari, klientët, praktikat, pjesa e fitimeve, liria për të ndaluar).',
  ],
  'very-bad-working-conditions': [
    'Kushte shumë të këqija dhe poshtëruese',
    'Si ishte aty ku punonit dhe si silleshin me ju atje?',
    'Po, kur kushtet ishin poshtëruese, fyese ose të pasigurta. Shënoni vetëm atë që personi zgjedh të thotë.',
  ],
  'wage-manipulation': [
    'Manipulim i fitimeve',
    'A ju mbaheshin para nga ajo që fitonit, për shembull për qira, ushqim, gjoba ose borxhe? Kush vendoste sa?',
    'Po, kur zbritjet arbitrare, gjobat ose “borxhet” e bënin personin të fitonte pak ose asgjë.',
  ],
  'forced-tasks-or-clients': [
    'Detyrim për të pranuar klientë ose akte',
    'A mund të zgjidhnit ose të refuzonit klientët, ose të refuzonit gjëra që nuk donit t’i bënit?',
    'Po, kur personi nuk mund të refuzonte klientë ose akte të caktuara seksuale pa pasoja. Mos kërkoni përshkrim të akteve.',
  ],
  'forced-against-peers': [
    'Detyrim për të vepruar kundër grave, burrave ose fëmijëve të tjerë',
    'A ju kërkuan ndonjëherë të mbikëqyrnit, të rekrutonit ose të spiunonit njerëz të tjerë që punonin atje?',
    'Po, kur personi u detyrua të kontrollonte, të rekrutonte, të ndëshkonte ose të spiunonte viktima të tjera.',
  ],
  'exposure-threat': [
    'Kërcënim se puna seksuale do t’i zbulohet familjes ose komunitetit',
    'A ju tha dikush se do t’i tregonte familjes suaj ose të tjerëve, ose do të shpërndante fotografi tuajat?',
    'Po, kur kërcënimet për të zbuluar punën seksuale ose për të shpërndarë imazhe u përdorën për ta mbajtur personin nën kontroll.',
  ],
  'exposure-threat-at-recruitment': [
    'Kërcënim se do t’i tregohet familjes, komunitetit ose publikut',
    'A ju tha dikush se do t’i tregonte familjes suaj ose të tjerëve diçka për ju, ose do të shpërndante fotografi, nëse nuk shkonit?',
    'Po, kur kërcënimet për të zbuluar informacione ose imazhe u përdorën për ta detyruar personin të shkonte.',
  ],
};

/** For children and adolescents: questions in simpler words, and guidance where it differs. */
const CHILD: Readonly<Record<string, ChildEntry>> = {
  'deceived-nature-of-job': ['Çfarë të thanë njerëzit se do të bëje atje? A ishte ashtu?'],
  'deceived-working-conditions': ['Çfarë të thanë për sa gjatë do të punoje çdo ditë dhe kur mund të pushoje?'],
  'deceived-conditions-of-prostitution': [
    'Çfarë të thanë njerëzit se do të ndodhte atje? A ishte ashtu?',
    'Çdo shfrytëzim seksual i një fëmije është shfrytëzim, çfarëdo që t’i jetë thënë fëmijës. Po, kur fëmija u mashtrua për atë që do të ndodhte; mos pyesni kurrë për hollësi të akteve seksuale.',
  ],
  'deceived-contract': ['A nënshkrove ti ose prindërit e tu ndonjë letër, apo bëtë ndonjë marrëveshje për punën? Çfarë thoshte?'],
  'deceived-family-reunification': ['A të tha dikush se atje do të ishe me mamin, babin ose me të afërm të tjerë?'],
  'deceived-housing': ['Çfarë të thanë për vendin ku do të jetoje? Si ishte në të vërtetë?'],
  'deceived-legal-status': ['A të tha dikush se do të kishe letrat e duhura për të qëndruar atje?'],
  'deceived-travel-and-recruitment': ['Si udhëtove deri atje? Çfarë të thanë për udhëtimin?'],
  'deceived-wages': [
    'A të thanë ty, ose familjes sate, se do të merrje para? A ndodhi kështu?',
    'Po, kur paga e premtuar fëmijës ose familjes nuk u pagua ose ishte shumë më e vogël. Llogariten edhe premtimet e bëra prindërve.',
  ],
  'deceived-education-access': ['A të tha dikush se atje mund të shkoje në shkollë ose të mësoje diçka? A shkove?'],
  'deceived-marriage-or-adoption': ['A të tha dikush se do të martohej me ty, ose se do të jetoje me një familje të re? Çfarë ndodhi?'],
  'abduction-or-sale': [
    'Si ndodhi që u largove nga shtëpia? A të pyeti dikush nëse doje të shkoje?',
    'Po, kur fëmija u mor me forcë, u detyrua në martesë ose birësim, ose u dorëzua për para a mallra, edhe nga të afërmit. Mos këmbëngulni për hollësi.',
  ],
  'recruited-by-violence': ['A të lëndoi dikush që të të detyronte të shkoje, ose gjatë rrugës?'],
  'documents-taken-at-recruitment': ['Kush i mbante letrat e tua, si pasaportën, gjatë rrugës?'],
  'debt-at-recruitment': [
    'A të tha dikush se ti ose familja jote u detyroheshit para për udhëtimin?',
    'Po, kur një borxh i fëmijës ose i familjes u përdor për ta detyruar fëmijën të shkonte. Llogariten edhe borxhet e prindërve.',
  ],
  'isolated-at-recruitment': ['Gjatë rrugës, a mund të flisje me familjen tënde ose me njerëz të tjerë kur doje?'],
  'denunciation-threat-at-recruitment': ['A të tha dikush se do t’i tregonte policisë për ty nëse nuk shkoje?'],
  'violence-threat-at-recruitment': ['A të tha dikush se do të të rrihte ose të të lëndonte nëse nuk shkoje me ta?'],
  'exposure-threat-at-recruitment': ['A të tha dikush se do t’i tregonte familjes sate ose të tjerëve diçka për ty, ose do të tregonte fotografi të tuat?'],
  'family-harmed-at-recruitment': ['A lëndoi ose trembi dikush ndonjë pjesëtar të familjes sate që ti të shkoje?'],
  'money-withheld-at-recruitment': ['Para se të largoheshe, a mbajti dikush para që ishin të tuat ose të familjes sate?'],
  'abused-family-difficulty': [
    'Si ishin gjërat në shtëpi para se të largoheshe? A ishte diçka e vështirë?',
    'Po, kur një gjendje e vështirë në shtëpi (dhunë, neglizhim, sëmundje, humbja e një prindi) u përdor për ta tërhequr fëmijën.',
  ],
  'abused-irregular-status': ['Para se të largoheshe, a kishe ti ose familja jote letra për të jetuar aty ku ishit?'],
  'abused-lack-of-education': ['A shkoje në shkollë më parë? A mund t’i lexoje gjërat që të jepnin njerëzit?'],
  'abused-lack-of-information': ['Para se të largoheshe, çfarë dije për vendin ku po shkoje?'],
  'controlled-by-exploiters': ['A të thoshin tashmë çfarë të bëje njerëzit që të morën, para se të largoheshe?'],
  'economic-hardship': ['Para se të largoheshe, a kishte familja jote mjaft para për ushqim dhe gjëra të tjera që të duheshin?'],
  'misinformed-about-law': ['Çfarë të thanë njerëzit për policinë atje?'],
  'misinformed-about-migration': ['Çfarë thoshin njerëzit për fëmijë ose të rinj të tjerë që kishin shkuar atje më parë?'],
  'family-situation': [
    'Me kë jetoje para se të largoheshe? Kush kujdesej për ty?',
    'Po, kur fëmija nuk kishte kujdes prindëror, ishte i ndarë nga prindërit, jetim, ose familja e shtyu të shkonte.',
  ],
  'personal-situation': ['A ishte diçka e vështirë për ty në atë kohë, si të ishe i sëmurë ose të mos kishe ku të flije?'],
  'emotional-dependency': [
    'Kush ishte personi që të ndihmoi të largoheshe? Si ndiheshe për të?',
    'Po, kur fëmija i besonte ose ishte i lidhur me rekrutuesin (një i dashur ose e dashur, një i afërm, një mik më i madh) dhe kjo u shfrytëzua. Mos e fajësoni kurrë fëmijën.',
  ],
  'status-with-authorities': ['Para se të largoheshe, a kishe frikë nga policia ose nga të rritur të tjerë me autoritet për ndonjë arsye?'],
  'general-context': ['Si ishte aty ku jetoje më parë, për shembull a ishte e sigurt?'],
  'past-hardship': [
    'A të kishin ndodhur gjëra të vështira para kësaj? Nuk ke pse të më thuash çfarë.',
    'Po, kur abuzimi, neglizhimi, koha në institucione përkujdesi ose shfrytëzimi i mëparshëm e bënë fëmijën më të lehtë për t’u rekrutuar. Mos pyesni për hollësi; referojeni te një specialist për fëmijët.',
  ],
  'travel-difficulty': ['Kush ta organizoi udhëtimin? A mund të kishe shkuar vetë?'],
  'abused-cultural-beliefs': ['Para se të largoheshe, a të detyroi dikush të premtoje diçka, të betoheshe ose të merrje pjesë në një ritual?'],
  'excessive-hours': [
    'Si ishte një ditë e zakonshme? Kur fillonit dhe kur mbaronit, dhe a mund të pushoje ose të luaje?',
    'Po, kur orët ishin të gjata për moshën e fëmijës, natën, ose nuk linin kohë për pushim, lojë ose shkollë.',
  ],
  'hazardous-work': [
    'A ishte e rrezikshme diçka që duhej të bëje, apo të lëndoi ose të sëmuri ndonjëherë?',
    'Po, për punë të rrezikshme për shëndetin, sigurinë ose zhvillimin e fëmijës (ngarkesa të rënda, vegla, kimikate, lartësi, punë nate, rruga). Zbatohen listat kombëtare të punëve të rrezikshme.',
  ],
  'bad-living-conditions': ['Ku flije dhe a kishe mjaftueshëm për të ngrënë?'],
  'low-or-no-pay': [
    'A merrje para për punën? Kush i mbante?',
    'Po, kur fëmija nuk paguhej ose paga shkonte te të tjerët. Edhe paga e dërguar te prindërit mund të jetë shfrytëzim.',
  ],
  'labour-law-breached': [
    'A kishte diçka që të premtuan për punën dhe që nuk ndodhi?',
    'Po, kur puna shkelte ligjin për punën e fëmijëve (moshën minimale, orarin, punën e natës, llojin e punës) ose atë që ishte rënë dakord.',
  ],
  'no-social-protection': ['Nëse ishe i sëmurë ose i lënduar, a mund të shkoje te mjeku?'],
  'very-bad-working-conditions': ['Si silleshin me ty në punë? A ishte dikush i pasjellshëm ose i padrejtë me ty?'],
  'wage-manipulation': ['A të merrte dikush para për ushqimin, shtratin, ose sepse kishe bërë diçka gabim?'],
  'no-access-to-education': [
    'A mund të shkoje në shkollë kur ishe atje?',
    'Po, kur fëmija nuk mund të ndiqte shkollën ose formimin për shkak të punës ose të njerëzve që e kontrollonin.',
  ],
  'documents-confiscated': ['Kush i ka tani pasaportën ose letrat e tua? A mund t’i merrje nëse i kërkoje?'],
  'debt-bondage': [
    'A të tha dikush se ti ose familja jote u detyroheni para? A rritet apo zvogëlohet borxhi?',
    'Po, kur një borxh i fëmijës ose i familjes e mban fëmijën duke punuar. Llogariten edhe borxhet e prindërve.',
  ],
  'isolation-or-surveillance': ['A mund të dilje jashtë, ose të flisje me familjen a shokët, kur doje?'],
  violence: [
    'A të ka rrahur ose lënduar ndonjëherë dikush atje në ndonjë mënyrë tjetër?',
    'Po, për çdo dhunë fizike ose seksuale, ose ndëshkim të ashpër. Mos kërkoni rrëfim të hollësishëm; ndiqni procedurat e mbrojtjes së fëmijëve dhe ofroni ndihmë mjekësore.',
  ],
  'illicit-activities': [
    'A të detyruan të bëje gjëra si t’u merrje sende njerëzve, të shisje gjëra ose të lypje?',
    'Po, kur fëmija u detyrua të vidhte, të lypte, të mbante ose të shiste drogë, ose të kryente vepra të tjera. Një fëmijë i detyruar në kriminalitet është viktimë: thuajini këtë fëmijës.',
  ],
  'forced-tasks-or-clients': ['A të detyruan të bëje gjëra që nuk doje t’i bëje? A mund të thoshe jo?'],
  'forced-against-peers': ['A të kërkuan ndonjëherë të ruaje fëmijë të tjerë, t’i spiunoje ose t’i ndëshkoje?'],
  'forced-to-lie': ['A të tha dikush çfarë t’u thoshe policisë, mësuesve ose familjes sate?'],
  'denunciation-threat': ['A të tha dikush se do t’i tregonte policisë për ty nëse ndaloje ose i tregoje dikujt?'],
  'worse-conditions-threat': ['Çfarë të thanë se do të ndodhte nëse nuk bëje atë që donin ata?'],
  'violence-threat': ['A të tha dikush atje se do të të rrihte ose të të lëndonte?'],
  'under-strong-influence': [
    'Kush vendoste atje se çfarë bëje çdo ditë?',
    'Po, kur shfrytëzuesit e kontrollonin fëmijën përmes manipulimit, frikës, dashurisë, ritualeve, drogës ose alkoolit.',
  ],
  'family-harmed': ['A ka thënë dikush se do ta lëndonte familjen tënde, ose u ka bërë diçka atyre?'],
  'wages-withheld': ['A mbajti dikush para që ishin për ty, duke thënë se do t’i jepte më vonë?'],
  'exposure-threat': ['A të tha dikush se do t’i tregonte familjes sate ose të tjerëve për ty, ose do të tregonte fotografi të tuat?'],
  'dependent-on-exploiters': ['Kush të jepte ushqim, shtrat dhe mënyrë për të lëvizur atje?'],
  'unfamiliar-place': ['A e njihje vendin dhe gjuhën atje? A e dije kush mund të të ndihmonte?'],
  'economic-hardship-at-destination': ['Nëse do të ndaloje, si do t’ia dilnit ti dhe familja jote?'],
  'family-situation-at-destination': [
    'A pret familja jote para nga ti, apo donin që të rrije atje?',
    'Po, kur pritshmëritë, përfshirja ose mungesa e familjes ia bënë të vështirë fëmijës largimin.',
  ],
  'status-with-authorities-at-destination': ['Nëse do të kishe një problem atje, a do të shkoje në polici? Pse po ose pse jo?'],
  'past-hardship-at-destination': ['A të ka ndodhur diçka më parë që ta bën të vështirë tani të kërkosh ndihmë? Nuk ke pse të më thuash çfarë.'],
  'personal-characteristics': ['A të trajtojnë keq njerëzit atje për shkak se nga vjen ose kush je?'],
};

/** Child sexual exploitation: where the child wording must also speak of sexual exploitation. */
const CHILD_SEXUAL: Readonly<Record<string, ChildEntry>> = {
  'excessive-hours': [
    'Si ishte një ditë e zakonshme? Kur fillonit dhe kur mbaronit, dhe a mund të pushoje?',
    'Po, kur fëmija u vihej në dispozicion të tjerëve për orë të gjata, natën ose pa pushim. Çdo shfrytëzim seksual i fëmijës llogaritet, pavarësisht nga orët.',
  ],
  'hazardous-work': [
    'A ishe ndonjëherë në rrezik atje, apo të detyruan të merrje drogë ose alkool?',
    'Po, kur fëmija u ekspozua ndaj dhunës, seksit pa mbrojtje, drogës ose alkoolit. Mos pyesni kurrë për hollësi të akteve seksuale; siguroni kujdes mjekësor.',
  ],
  'low-or-no-pay': [
    'A të jepnin ndonjëherë para ose dhurata? Kush i mbante paratë?',
    'Paratë ose dhuratat që i jepen një fëmije nuk e bëjnë të pranueshëm shfrytëzimin seksual. Po, kur fitimet i mbanin të tjerët.',
  ],
  'forced-tasks-or-clients': [
    'A të detyruan të rrije me njerëz, ose të bëje gjëra, që nuk doje? A mund të thoshe jo?',
    'Po, kur fëmija nuk mund të refuzonte persona ose akte. Mos kërkoni kurrë përshkrim; një fëmijë nuk mund të japë pëlqim për shfrytëzim seksual.',
  ],
  'exposure-threat': [
    'A të tha dikush se do t’i tregonte familjes sate ose të tjerëve, ose do të tregonte fotografi a video të tuat?',
    'Po, kur u përdorën kërcënime për të zbuluar atë që ndodhi ose për të shpërndarë imazhe. Imazhet e një fëmije duhet të raportohen sipas procedurave të mbrojtjes së fëmijëve.',
  ],
};

function entry(id: string, sexual: boolean): Entry {
  const base = (sexual ? SEXUAL[id] : undefined) ?? BASE[id];
  if (!base) throw new Error(`no Albanian text for indicator ${id}`);
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
      if (!c) throw new Error(`no Albanian child question for indicator ${id}`);
      out[id] = { text, question: c[0], guidance: c[1] ?? guidance };
    }
  }
  return out;
}

export const SQ: InstrumentTexts = {
  instruments: {
    'adult-labour': {
      title: 'Të rriturit: shfrytëzim në punë',
      description: 'Tregues të trafikimit të të rriturve për punë të detyruar, në çdo sektor (bujqësi, ndërtim, punë shtëpiake, fabrika, shërbime).',
    },
    'adult-sexual': {
      title: 'Të rriturit: shfrytëzim seksual',
      description: 'Tregues të trafikimit të të rriturve për shfrytëzim seksual, përfshirë prostitucionin e detyruar.',
    },
    'child-labour': {
      title: 'Fëmijët: shfrytëzim në punë',
      description:
        'Tregues të trafikimit të fëmijëve (nën 18 vjeç) për shfrytëzim në punë, lypje të detyruar dhe kriminalitet të detyruar. Për një fëmijë nuk është e nevojshme të provohen mjetet.',
    },
    'child-sexual': {
      title: 'Fëmijët: shfrytëzim seksual',
      description:
        'Tregues të trafikimit të fëmijëve (nën 18 vjeç) për shfrytëzim seksual. Një fëmijë nuk mund të japë pëlqim për shfrytëzim seksual; mjetet nuk është e nevojshme të provohen. Ndiqni procedurat e mbrojtjes së fëmijëve.',
    },
  },
  dimensions: {
    'deceptive-recruitment': {
      title: 'Rekrutim me mashtrim',
      description: 'Personi u rekrutua ose u zhvendos me premtime të rreme për punën, kushtet ose gjendjen.',
    },
    'coercive-recruitment': {
      title: 'Rekrutim me shtrëngim',
      description: 'Personi u rekrutua ose u zhvendos me forcë, kërcënime ose forma të tjera shtrëngimi.',
    },
    'recruitment-abuse-of-vulnerability': {
      title: 'Rekrutim me abuzim të pozitës së cenueshme',
      description: 'Rekrutuesi përfitoi nga një gjendje që i linte personit pak zgjedhje reale.',
    },
    'exploitative-conditions': {
      title: 'Kushte shfrytëzuese',
      description: 'Kushtet e punës ose të jetesës në vendin e destinacionit përbëjnë shfrytëzim.',
    },
    'coercion-at-destination': {
      title: 'Shtrëngim në vendin e destinacionit',
      description: 'Forca, kërcënimet ose forma të tjera shtrëngimi e mbajnë personin në këtë gjendje.',
    },
    'abuse-of-vulnerability-at-destination': {
      title: 'Abuzim me pozitën e cenueshme në vendin e destinacionit',
      description: 'Varësia ose cenueshmëria e personit përdoret për ta mbajtur në këtë gjendje.',
    },
  },
  indicators: {
    'adult-labour': indicatorTexts(INSTRUMENTS['adult-labour']),
    'adult-sexual': indicatorTexts(INSTRUMENTS['adult-sexual']),
    'child-labour': indicatorTexts(INSTRUMENTS['child-labour']),
    'child-sexual': indicatorTexts(INSTRUMENTS['child-sexual']),
  },
};
