/**
 * Lithuanian texts of the screening instruments (lietuvių kalba). The structure and strengths follow
 * the ILO / European Commission operational indicators (2009); the wording follows en.ts and uses the
 * terms of the field in Lithuania (prekyba žmonėmis, išnaudojimas, skolinė vergovė). Adults are
 * addressed with "jūs", children and adolescents with "tu". Entries are written once per indicator
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
    'Apgaulė dėl darbo pobūdžio, vietos ar darbdavio',
    'Kokį darbą, kur ir pas ką jums buvo pasakyta, kad dirbsite? Kaip tai atitiko tai, kas įvyko iš tikrųjų?',
    'Taip, kai darbas, vieta ar darbdavys pasirodė kitokie, nei asmeniui buvo sakyta. Prieš lygindami leiskite asmeniui savais žodžiais apibūdinti ir viena, ir kita.',
  ],
  'deceived-working-conditions': [
    'Apgaulė dėl darbo sąlygų',
    'Ką jums sakė apie darbo valandas, poilsio dienas ir darbo sąlygas?',
    'Taip, kai darbo valandos, poilsis ar sąlygos buvo gerokai blogesni, nei žadėta. Nedideli skirtumai, pasitaikantys bet kuriame darbe, nesiskaito.',
  ],
  'deceived-conditions-of-prostitution': [
    'Apgaulė dėl sekso paslaugų teikimo sąlygų',
    'Ką jums sakė apie darbą prieš jums pradedant, pavyzdžiui, kiek valandų, kiek klientų ir ką galėsite spręsti patys?',
    'Taip, kai asmuo žinojo apie sekso paslaugų teikimą, bet buvo suklaidintas dėl jo sąlygų (valandų, klientų, veiksmų, uždarbio, galimybės nutraukti). Klauskite nesmerkdami paties darbo.',
  ],
  'deceived-contract': [
    'Apgaulė dėl sutarties turinio ar teisėtumo',
    'Ar buvo sutartis ar susitarimas? Kas jame buvo parašyta ir ar jo buvo laikomasi?',
    'Taip, kai sutartis buvo netikra, pakeista atvykus, parašyta asmeniui nesuprantama kalba arba teisiškai negaliojanti. Neoficialus pažadas taip pat gali skaitytis, jei jis buvo sąmoningai melagingas.',
  ],
  'deceived-family-reunification': [
    'Apgaulė pažadant susijungti su šeima',
    'Ar kas nors jums sakė, kad išvykę galėsite būti su savo šeima? Kas nutiko?',
    'Taip, kai asmeniui užverbuoti buvo pasinaudota pažadu susijungti su šeimos nariais ir šis pažadas nebuvo įvykdytas.',
  ],
  'deceived-housing': [
    'Apgaulė dėl būsto ir gyvenimo sąlygų',
    'Kur jums sakė, kad gyvensite, ir kaip ten buvo, kai atvykote?',
    'Taip, kai būstas buvo daug blogesnis, nei žadėta, arba jo kaina buvo nuslėpta.',
  ],
  'deceived-legal-status': [
    'Apgaulė dėl dokumentų ar teisės gyventi ar dirbti',
    'Ką jums sakė apie vizas, leidimus ar dokumentus kelionei ir darbui?',
    'Taip, kai asmeniui buvo sakyta, kad jis turės galiojančius dokumentus ar teisinį statusą, o jų neturėjo, arba buvo melagingai informuotas apie turimus dokumentus.',
  ],
  'deceived-travel-and-recruitment': [
    'Apgaulė dėl kelionės ar įdarbinimo sąlygų',
    'Ką jums sakė apie tai, kaip keliausite ir kiek tai jums kainuos? Kas mokėjo ir kaip?',
    'Taip, kai buvo klaidingai nurodytas maršrutas, kelionės kaina ar įdarbinimo mokesčiai arba tai, kas juos mokės.',
  ],
  'deceived-wages': [
    'Apgaulė dėl atlyginimo',
    'Kiek jums sakė, kad uždirbsite, ir kiek iš tikrųjų gavote?',
    'Taip, kai gautas atlyginimas buvo gerokai mažesnis, nei žadėta, arba išskaitos buvo nuslėptos. Apie sumas klauskite ramiai: žmonėms dažnai gėda kalbėti apie pinigus.',
  ],
  'deceived-education-access': [
    'Apgaulė dėl mokyklos ar mokymosi',
    'Ar kas nors žadėjo, kad ten galėsi eiti į mokyklą ar išmokti amato? Kas nutiko?',
    'Taip, kai vaikui užverbuoti buvo pasinaudota pažadu mokytis, įgyti profesiją ar studijuoti ir šis pažadas nebuvo įvykdytas.',
  ],
  'deceived-marriage-or-adoption': [
    'Apgaulė pažadant santuoką ar įvaikinimą',
    'Ar kas nors žadėjo jus vesti ar už jūsų ištekėti, ar priimti jus į savo šeimą? Kas nutiko po to?',
    'Taip, kai žadėta santuoka, santykiai ar įvaikinimas buvo tik pretekstas asmeniui perkelti ar išnaudoti. Būkite švelnūs: asmuo gali vis dar jausti prieraišumą verbuotojui.',
  ],
  // Coercive recruitment
  'abduction-or-sale': [
    'Pagrobimas, priverstinė santuoka ar įvaikinimas arba pardavimas',
    'Kaip atsitiko, kad išvykote iš namų? Ar turėjote pasirinkimą, vykti ar ne?',
    'Taip, kai asmuo buvo pagrobtas, priverstas sudaryti santuoką ar įvaikintas prieš valią arba perduotas už pinigus ar daiktus. Neklauskite įvykio detalių: čia pakanka paties fakto.',
  ],
  'recruited-by-violence': [
    'Smurtas, panaudotas priverčiant vykti',
    'Ar kas nors jus skriaudė, kad priverstų vykti, arba kelionės metu?',
    'Taip, kai asmeniui užverbuoti ar perkelti buvo panaudotas fizinis ar seksualinis smurtas. Neprašykite viso pasakojimo; užrašykite tik tai, ką asmuo pasako pats.',
  ],
  'documents-taken-at-recruitment': [
    'Asmens dokumentai paimti verbavimo ar kelionės metu',
    'Kas laikė jūsų pasą ar asmens tapatybės kortelę prieš kelionę ir jos metu?',
    'Taip, kai dokumentus laikė kitas asmuo prieš asmens valią arba jų negrąžino paprašius.',
  ],
  'debt-at-recruitment': [
    'Skola, kuria asmuo susaistytas nuo pat pradžių',
    'Ar buvote kam nors skolingi už darbą ar kelionę? Kaip turėjote tai atiduoti?',
    'Taip, kai verbuojant buvo sukurta skola už mokesčius, kelionę ar dokumentus ir ja naudotasi priverčiant asmenį vykti ar likti.',
  ],
  'isolated-at-recruitment': [
    'Izoliavimas, uždarymas ar stebėjimas verbavimo ar kelionės metu',
    'Kelionės metu ar galėjote eiti, kur norite, ir susisiekti, su kuo norite?',
    'Taip, kai verbavimo ar kelionės metu asmuo buvo uždarytas, atskirtas nuo kitų arba stebimas, kad nepabėgtų.',
  ],
  'denunciation-threat-at-recruitment': [
    'Grasinta pranešti valdžios institucijoms',
    'Ar kas nors sakė, kad praneš apie jus policijai ar migracijos tarnybai, jei nesutiksite?',
    'Taip, kai asmeniui priversti vykti buvo grasinama pranešti policijai, migracijos ar kitoms institucijoms.',
  ],
  'violence-threat-at-recruitment': [
    'Grasinta smurtu, kad asmuo vyktų',
    'Ar kas nors sakė, kad jus sužalos, jei nevyksite?',
    'Taip, kai verbuojant asmeniui buvo grasinama bet kokia fizine ar seksualine žala.',
  ],
  'exposure-threat-at-recruitment': [
    'Grasinta atskleisti šeimai, bendruomenei ar viešai',
    'Ar kas nors sakė, kad papasakos ką nors apie jus jūsų šeimai ar kitiems, jei nevyksite?',
    'Taip, kai asmeniui spausti buvo grasinama atskleisti informaciją, nuotraukas ar asmens padėtį.',
  ],
  'family-harmed-at-recruitment': [
    'Šeimai pakenkta arba grasinta pakenkti',
    'Ar kas nors grasino ar pakenkė kam nors iš jūsų šeimos, kad priverstų jus vykti?',
    'Taip, kai artimiesiems buvo pakenkta ar grasinta, kad asmuo būtų priverstas vykti. Asmuo gali vis dar dėl jų baimintis: paklauskite, ar jie dabar saugūs.',
  ],
  'money-withheld-at-recruitment': [
    'Pinigai sulaikyti, kad asmuo vyktų',
    'Ar prieš jums išvykstant kas nors pasiliko jums priklausančius ar jums skolingus pinigus?',
    'Taip, kai asmens pinigai ar uždarbis buvo sulaikyti siekiant priversti jį vykti.',
  ],
  // Recruitment by abuse of vulnerability
  'abused-family-difficulty': [
    'Pasinaudota sunkia šeimos padėtimi',
    'Kaip sekėsi namuose prieš jums išvykstant?',
    'Taip, kai verbuotojas žinojo apie sunkią šeimos padėtį (smurtą, ligą, skolas, konfliktą) ir ja pasinaudojo asmeniui įtraukti.',
  ],
  'abused-irregular-status': [
    'Pasinaudota neteisėtu migracijos statusu',
    'Ar prieš šį darbą turėjote dokumentus gyventi ar dirbti ten, kur buvote? Ar jus užverbavęs asmuo tai žinojo?',
    'Taip, kai verbuotojas pasinaudojo teisinio statuso neturėjimu, kad užverbuotų asmenį blogesnėmis sąlygomis ar priverstų jį tylėti.',
  ],
  'abused-lack-of-education': [
    'Pasinaudota menku išsilavinimu ar darbo patirtimi',
    'Kiek mokėtės ir kokią darbo patirtį turėjote anksčiau? Ar dėl to buvo sunkiau patikrinti, ką jums sakė?',
    'Taip, kai verbuotojas pasinaudojo ribotu asmens išsilavinimu, raštingumu ar darbo patirtimi, kad jį suklaidintų ar spaustų.',
  ],
  'abused-lack-of-information': [
    'Pasinaudota informacijos stoka',
    'Ką prieš išvykdami žinojote apie vietą, į kurią vykote, ir apie savo teises ten?',
    'Taip, kai verbuotojas pasinaudojo tuo, kad asmuo nemokėjo kalbos, nežinojo įstatymų, šalies ar kur kreiptis pagalbos.',
  ],
  'controlled-by-exploiters': [
    'Asmuo jau buvo kontroliuojamas išnaudotojų',
    'Ar jus užverbavę žmonės jau prieš išvykimą turėjo įtakos jūsų gyvenimui? Kaip?',
    'Taip, kai verbavimo metu verbuotojai jau kontroliavo asmenį (per santykius, skolą, šeimą ar grupę).',
  ],
  'economic-hardship': [
    'Pasinaudota skurdu ar pajamų stoka',
    'Kokia buvo jūsų padėtis su pinigais ir darbu prieš išvykstant?',
    'Taip, kai dėl didelio ekonominio nepritekliaus asmuo beveik neturėjo tikro pasirinkimo ir verbuotojas tuo pasinaudojo.',
  ],
  'misinformed-about-law': [
    'Suteikta klaidinga informacija apie įstatymus ar institucijas',
    'Ką jums sakė apie policiją ar įstatymus toje vietoje, į kurią vykote?',
    'Taip, kai asmeniui buvo sakoma netiesa (pavyzdžiui, kad policija jį suims arba kad darbas teisėtas, nors taip nebuvo), kad jis vyktų ar liktų.',
  ],
  'misinformed-about-migration': [
    'Pasakoti melagingi sėkmingos migracijos pavyzdžiai',
    'Ką žmonės jums pasakojo apie kitus, kurie ten išvyko anksčiau už jus?',
    'Taip, kai asmeniui įtikinti buvo naudojamos išgalvotos ar perdėtos kitų migrantų sėkmės istorijos.',
  ],
  'family-situation': [
    'Pažeidžiama šeimos padėtis verbavimo metu',
    'Kas priklausė nuo jūsų arba nuo ko priklausėte jūs tuo metu, kai išvykote?',
    'Taip, kai dėl šeimos padėties (išlaikomi asmenys, netektas tėvas, motina ar partneris, šeimos spaudimas) asmuo buvo pažeidžiamas pasiūlymo atžvilgiu.',
  ],
  'personal-situation': [
    'Pažeidžiama asmeninė padėtis verbavimo metu',
    'Ar tuo metu, kai išvykote, jums kas nors buvo ypač sunku, pavyzdžiui, sveikata ar gyvenamoji vieta?',
    'Taip, kai asmuo buvo pažeidžiamas dėl ligos, negalios, priklausomybės, benamystės, nėštumo ar panašių aplinkybių. Asmeniui nebūtina pasakoti detalių.',
  ],
  'emotional-dependency': [
    'Emocinė ar psichologinė priklausomybė nuo verbuotojo',
    'Kaip apibūdintumėte savo santykius su žmogumi, kuris padėjo jums išvykti?',
    'Taip, kai asmuo buvo emociškai priklausomas nuo verbuotojo (partnerio, giminaičio, žmogaus, kuriuo pasitikėjo) ir tuo pasinaudota. Venkite bet kokio kaltinimo.',
  ],
  'status-with-authorities': [
    'Pasinaudota sudėtinga padėtimi valdžios institucijų atžvilgiu',
    'Ar prieš išvykdami dėl kokios nors priežasties bijojote policijos ar kitų institucijų?',
    'Taip, kai verbuojant buvo pasinaudota baime ar nepasitikėjimu institucijomis arba silpna teisine padėtimi.',
  ],
  'general-context': [
    'Bendras sunkių sąlygų kontekstas',
    'Koks buvo gyvenimas ten, kur gyvenote anksčiau, pavyzdžiui, su darbu, saugumu ar konfliktais?',
    'Taip, kai asmuo kilęs iš konflikto, nelaimės, diskriminacijos ar plataus skurdo aplinkos. Vienas šis požymis turi mažai svorio.',
  ],
  'past-hardship': [
    'Sunkumai praeityje',
    'Jei jums patogu pasakyti, ar anksčiau buvote patyrę sunkių laikų?',
    'Taip, kai ankstesnė trauma, smurtas, globos patirtis ar išnaudojimas palengvino asmens užverbavimą. Neklauskite apie ankstesnio smurto detales.',
  ],
  'travel-difficulty': [
    'Asmuo negalėjo surengti kelionės be verbuotojo',
    'Ar būtumėte galėję kelionę susiorganizuoti patys, ar jums reikėjo, kad kas nors ją suorganizuotų už jus?',
    'Taip, kai kelionės reikalais (dokumentai, bilietai, maršrutas, pinigai) asmuo priklausė nuo verbuotojo ir dėl to verbuotojas turėjo valdžią jam.',
  ],
  'abused-cultural-beliefs': [
    'Pasinaudota kultūriniais ar religiniais įsitikinimais',
    'Ar jus užverbavę žmonės, norėdami jus įtikinti, naudojosi įsitikinimais, papročiais ar religija, pavyzdžiui, priesaika, ritualu ar pareiga šeimai?',
    'Taip, kai įsitikinimai, papročiai ar religinės praktikos (priesaika, ritualas, pareigos jausmas) buvo panaudoti asmeniui įtikinti ar susaistyti. Klausdami gerbkite asmens įsitikinimus.',
  ],
  // Exploitative conditions
  'excessive-hours': [
    'Pernelyg ilgos darbo valandos ar per daug darbo dienų',
    'Kiek valandų per dieną ir kiek dienų per savaitę dirbote? Ar galėjote pailsėti, kai reikėjo?',
    'Taip, kai valandų ar dienų skaičius gerokai viršijo įstatymo leidžiamą arba asmuo negalėjo pailsėti ar atsisakyti. Klauskite apie įprastą dieną, o ne apie bendrą sumą.',
  ],
  'hazardous-work': [
    'Pavojingas darbas',
    'Ar darbas kada nors buvo pavojingas, ar dėl jo susižeidėte ar susirgote? Ar jums buvo duotos apsaugos priemonės?',
    'Taip, kai darbas kėlė pavojų asmens sveikatai ar saugumui be apsaugos priemonių ar mokymo.',
  ],
  'bad-living-conditions': [
    'Labai blogos gyvenimo sąlygos',
    'Kur miegojote ir valgėte ir kas tai nusprendė?',
    'Taip, kai būstas, maistas ar higiena buvo žeminantys ar nesaugūs arba asmuo negalėjo dėl to spręsti.',
  ],
  'low-or-no-pay': [
    'Labai mažas atlyginimas arba jokio atlyginimo',
    'Kiek jums mokėjo ir kaip dažnai? Ar pinigus gaudavote patys?',
    'Taip, kai atlyginimo nebuvo, jis buvo gerokai mažesnis už minimalų arba mokamas ne pačiam asmeniui, o kitam.',
  ],
  'labour-law-breached': [
    'Nesilaikyta darbo teisės ar sutarties',
    'Ar kas nors, dėl ko su jumis buvo susitarta dėl darbo, vėliau buvo pakeista ar neįvykdyta?',
    'Taip, kai darbdavys pažeidė darbo teisę ar sutartas sąlygas (pertraukas, atostogas, saugą, įspėjimo terminą).',
  ],
  'no-social-protection': [
    'Jokios socialinės apsaugos',
    'Jei susirgdavote ar susižeisdavote, ar galėjote kreiptis į gydytoją, ar buvote kaip nors apdrausti?',
    'Taip, kai asmuo neturėjo sutarties, sveikatos ar socialinio draudimo ir galimybės gauti gydymą.',
  ],
  'very-bad-working-conditions': [
    'Labai blogos darbo sąlygos',
    'Kaip buvo darbe, pavyzdžiui, kaip su jumis elgėsi ir ką galėjote daryti per dieną?',
    'Taip, kai darbo sąlygos buvo žeminančios, įžeidžiančios ar gerokai žemesnės už įprastus standartus.',
  ],
  'wage-manipulation': [
    'Manipuliuojama atlyginimu',
    'Ar iš jūsų atlyginimo buvo išskaičiuojami pinigai, pavyzdžiui, už nuomą, maistą, baudas ar skolas? Kas nusprendė, kiek?',
    'Taip, kai darbdavys taikė savavališkas išskaitas, baudas ar pakeitimus, kad asmuo uždirbtų mažai arba liktų skolingas.',
  ],
  'no-access-to-education': [
    'Nėra galimybės mokytis',
    'Ar būdami ten galėjote lankyti mokyklą ar mokymus?',
    'Taip, kai asmeniui nebuvo leista mokytis ar dalyvauti mokymuose, kuriuos jis norėjo lankyti ar į kuriuos turėjo teisę.',
  ],
  // Coercion at destination
  'documents-confiscated': [
    'Asmens dokumentai atimti',
    'Kas dabar turi jūsų pasą ar asmens tapatybės kortelę? Ar galėtumėte juos atgauti, jei paprašytumėte?',
    'Taip, kai darbdavys ar kitas asmuo laikė dokumentus ir jų negrąžino paprašius.',
  ],
  'debt-bondage': [
    'Skolinė vergovė',
    'Ar esate ten kam nors skolingi pinigų? Kaip skolos suma keičiasi laikui bėgant?',
    'Taip, kai skola, kuri auga arba kurios realiai neįmanoma grąžinti, naudojama priverčiant asmenį toliau dirbti.',
  ],
  'isolation-or-surveillance': [
    'Izoliavimas, uždarymas ar stebėjimas',
    'Ar galėjote išeiti, kai norėjote, ir kalbėtis, su kuo norėjote, taip pat telefonu?',
    'Taip, kai asmuo buvo užrakintas, visur lydimas, iš jo atimtas telefonas arba jis buvo stebimas, kad negalėtų išeiti ar kalbėtis su kitais.',
  ],
  violence: [
    'Smurtas prieš asmenį',
    'Ar kas nors ten jus kada nors skriaudė?',
    'Taip, kai darbdaviai, išnaudotojai ar jų vardu veikiantys asmenys naudojo bet kokį fizinį ar seksualinį smurtą. Neprašykite išsamaus pasakojimo; pasiūlykite medicinos pagalbą.',
  ],
  'illicit-activities': [
    'Vertimas užsiimti neteisėta ar nusikalstama veikla',
    'Ar kada nors buvote verčiami daryti dalykus, kurie, kaip žinojote ar vėliau sužinojote, yra neteisėti?',
    'Taip, kai asmuo buvo verčiamas vogti, prekiauti narkotikais, elgetauti ar daryti kitus nusikaltimus. Nuraminkite asmenį, kad klausiama norint jį apsaugoti, o ne apkaltinti.',
  ],
  'forced-tasks-or-clients': [
    'Vertimas atlikti užduotis, dėl kurių nebuvo susitarta',
    'Ar buvote verčiami dirbti darbus, dėl kurių nebuvote susitarę, ar galėjote atsisakyti?',
    'Taip, kai asmuo turėjo atlikti užduotis, viršijančias susitarimą, ir negalėjo atsisakyti be pasekmių.',
  ],
  'forced-against-peers': [
    'Vertimas veikti prieš kitus darbuotojus',
    'Ar kada nors jūsų prašė prižiūrėti, bausti kitus ten dirbusius žmones ar apie juos pranešinėti?',
    'Taip, kai asmuo buvo verčiamas kontroliuoti, verbuoti, bausti kitas aukas ar apie jas skųsti.',
  ],
  'forced-to-lie': [
    'Vertimas meluoti institucijoms, šeimai ar kitiems',
    'Ar jums buvo nurodyta, ką sakyti policijai, inspektoriams ar šeimai apie savo padėtį?',
    'Taip, kai asmeniui, darant spaudimą, buvo nurodyta melagingai papasakoti apie savo padėtį.',
  ],
  'denunciation-threat': [
    'Grasinta pranešti valdžios institucijoms',
    'Ar kas nors sakė, kad praneš apie jus policijai ar migracijos tarnybai, jei nustosite dirbti ar skųsitės?',
    'Taip, kai grasinimu pranešti institucijoms siekta, kad asmuo toliau dirbtų ar tylėtų.',
  ],
  'worse-conditions-threat': [
    'Grasinta dar blogesnėmis sąlygomis',
    'Ką ten žmonės sakė, kas nutiks, jei skųsitės ar nedarysite to, ko jie nori?',
    'Taip, kai asmeniui buvo grasinama sunkesniu darbu, blogesniu elgesiu, perpardavimu ar perkėlimu kitur.',
  ],
  'violence-threat': ['Grasinta smurtu', 'Ar kas nors ten sakė, kad jus sužalos?', 'Taip, kai asmeniui buvo grasinama bet kokia fizine ar seksualine žala.'],
  'under-strong-influence': [
    'Stipri išnaudotojų įtaka',
    'Kas ten priimdavo sprendimus dėl jūsų kasdienio gyvenimo?',
    'Taip, kai išnaudotojai kontroliavo asmenį manipuliacijomis, ritualais, narkotikais, alkoholiu ar emociniu paveikimu, todėl jis negalėjo laisvai spręsti.',
  ],
  'family-harmed': [
    'Šeimai pakenkta arba grasinta pakenkti',
    'Ar dėl jūsų darbo ten kas nors grasino jūsų šeimai ar jai ką nors padarė?',
    'Taip, kai artimiesiems buvo pakenkta ar grasinta, kad asmuo toliau dirbtų. Patikrinkite, ar šeimai reikia apsaugos.',
  ],
  'wages-withheld': [
    'Atlyginimas sulaikomas',
    'Ar dalis jūsų atlyginimo buvo jums neatiduodama, pavyzdžiui, „kad būtų saugu“ ar iki pabaigos?',
    'Taip, kai atlyginimas buvo sulaikomas, atidedamas ar žadamas „vėliau“, kad asmuo negalėtų išeiti.',
  ],
  'exposure-threat': [
    'Grasinta atskleisti šeimai, bendruomenei ar viešai',
    'Ar kas nors sakė, kad papasakos jūsų šeimai ar kitiems apie jūsų darbą ar padėtį?',
    'Taip, kai asmeniui kontroliuoti buvo grasinama atskleisti informaciją ar atvaizdus.',
  ],
  // Abuse of vulnerability at destination
  'dependent-on-exploiters': [
    'Priklausomybė nuo išnaudotojų',
    'Kas jums ten parūpindavo maisto, lovą ir transportą?',
    'Taip, kai asmuo priklausė nuo išnaudotojų dėl būsto, maisto, darbo, dokumentų ar ryšio su išoriniu pasauliu.',
  ],
  'unfamiliar-place': [
    'Sunkumai gyvenant nepažįstamoje vietoje',
    'Kaip gerai pažinojote tą vietą ir mokėjote ten vartojamą kalbą? Ar žinojote, kur galite gauti pagalbos?',
    'Taip, kai kalbos, vietos ar pagalbos galimybių nežinojimas darė asmenį priklausomą.',
  ],
  'economic-hardship-at-destination': [
    'Ekonominis nepriteklius laiko asmenį šioje padėtyje',
    'Jei mestumėte šį darbą, kaip verstumėtės su pinigais?',
    'Taip, kai asmens ar jo šeimos ekonominiu nepritekliumi buvo pasinaudota, kad jis liktų šioje padėtyje.',
  ],
  'family-situation-at-destination': [
    'Šeimos padėtis laiko asmenį šioje padėtyje',
    'Ar kas nors iš jūsų šeimos tikisi jūsų pagalbos ar jūsų siunčiamų pinigų?',
    'Taip, kai šeimos įsipareigojimai ar šeimos narių įsitraukimas apsunkino asmens pasitraukimą.',
  ],
  'status-with-authorities-at-destination': [
    'Silpna padėtis valdžios institucijų atžvilgiu laiko asmenį šioje padėtyje',
    'Jei ten turėtumėte problemų, ar kreiptumėtės į policiją? Kodėl taip manote?',
    'Taip, kai neteisėtu statusu ar institucijų baime buvo pasinaudota, kad asmuo nesikreiptų pagalbos.',
  ],
  'past-hardship-at-destination': [
    'Dėl praeities sunkumų sunkiau pasitraukti',
    'Ar yra kas nors iš praeities, dėl ko jums dabar sunku pasitraukti ar kreiptis pagalbos?',
    'Taip, kai ankstesne trauma, smurtu, išnaudojimu ar nesėkmingu grįžimu namo naudojamasi, kad asmuo liktų šioje padėtyje. Neklauskite detalių.',
  ],
  'personal-characteristics': [
    'Priklauso diskriminuojamai grupei',
    'Ar žmonės ten su jumis elgiasi kitaip dėl to, kas esate, pavyzdžiui, dėl jūsų kilmės, religijos ar tapatybės?',
    'Taip, kai asmuo priklauso grupei, patiriančiai diskriminaciją ar atskirtį (dėl etninės kilmės, seksualinės orientacijos ar lytinės tapatybės, negalios), ir tuo naudojamasi, kad jis liktų priklausomas.',
  ],
};

/** Sexual exploitation: where the statement, the question or the guidance must differ. */
const SEXUAL: Readonly<Record<string, Entry>> = {
  'excessive-hours': [
    'Pernelyg ilgos valandos ar per daug klientų',
    'Kiek valandų per dieną ir kiek dienų per savaitę buvote verčiami dirbti? Ar galėjote pailsėti, kai reikėjo?',
    'Taip, kai dėl valandų, dienų ar klientų skaičiaus nebuvo tikro poilsio ar pasirinkimo. Klauskite apie įprastą dieną; neklauskite intymių detalių.',
  ],
  'hazardous-work': [
    'Pavojingos sąlygos, įskaitant lytinius santykius be apsaugos',
    'Ar darbe kada nors buvote pavojuje, pavyzdžiui, dėl klientų, ar buvote verčiami turėti lytinių santykių be apsaugos?',
    'Taip, kai asmuo patyrė klientų smurtą, lytinius santykius be apsaugos arba buvo verčiamas vartoti narkotikus ar alkoholį.',
  ],
  'low-or-no-pay': [
    'Labai mažas uždarbis arba jokio uždarbio',
    'Kiek iš klientų sumokėtų pinigų pasilikdavote sau?',
    'Taip, kai visas ar didžioji dalis uždarbio atitekdavo kitiems arba asmuo niekada neturėjo pinigų savo rankose.',
  ],
  'labour-law-breached': [
    'Nesilaikyta sutartų sąlygų',
    'Ar kas nors, dėl ko buvote susitarę dėl darbo, vėliau buvo pakeista ar neįvykdyta?',
    'Taip, kai nebuvo laikomasi to, dėl ko asmuo buvo sutikęs (valandų, klientų, veiksmų, uždarbio dalies, galimybės nutraukti).',
  ],
  'very-bad-working-conditions': [
    'Labai blogos ir žeminančios sąlygos',
    'Kaip buvo ten, kur dirbote, ir kaip su jumis ten elgėsi?',
    'Taip, kai sąlygos buvo žeminančios, įžeidžiančios ar nesaugios. Užrašykite tik tai, ką asmuo nusprendžia pasakyti.',
  ],
  'wage-manipulation': [
    'Manipuliuojama uždarbiu',
    'Ar iš jūsų uždarbio buvo atskaitomi pinigai, pavyzdžiui, už nuomą, maistą, baudas ar skolas? Kas nusprendė, kiek?',
    'Taip, kai dėl savavališkų išskaitų, baudų ar „skolų“ asmuo uždirbdavo mažai arba nieko.',
  ],
  'forced-tasks-or-clients': [
    'Vertimas priimti klientus ar atlikti veiksmus',
    'Ar galėjote rinktis ar atsisakyti klientų, ar atsisakyti dalykų, kurių nenorėjote daryti?',
    'Taip, kai asmuo negalėjo be pasekmių atsisakyti klientų ar tam tikrų seksualinių veiksmų. Neprašykite apibūdinti veiksmų.',
  ],
  'forced-against-peers': [
    'Vertimas veikti prieš kitas moteris, vyrus ar vaikus',
    'Ar kada nors jūsų prašė prižiūrėti, verbuoti kitus ten dirbusius žmones ar apie juos pranešinėti?',
    'Taip, kai asmuo buvo verčiamas kontroliuoti, verbuoti, bausti kitas aukas ar apie jas skųsti.',
  ],
  'exposure-threat': [
    'Grasinta atskleisti sekso paslaugų teikimą šeimai ar bendruomenei',
    'Ar kas nors sakė, kad papasakos jūsų šeimai ar kitiems arba išplatins jūsų nuotraukas?',
    'Taip, kai asmeniui kontroliuoti buvo grasinama atskleisti sekso paslaugų teikimą ar išplatinti atvaizdus.',
  ],
  'exposure-threat-at-recruitment': [
    'Grasinta atskleisti šeimai, bendruomenei ar viešai',
    'Ar kas nors sakė, kad papasakos ką nors apie jus jūsų šeimai ar kitiems arba išplatins nuotraukas, jei nevyksite?',
    'Taip, kai asmeniui priversti vykti buvo grasinama atskleisti informaciją ar atvaizdus.',
  ],
};

/** For children and adolescents: questions in simpler words, and guidance where it differs. */
const CHILD: Readonly<Record<string, ChildEntry>> = {
  'deceived-nature-of-job': ['Ką žmonės tau sakė, ką ten veiksi? Ar taip ir buvo?'],
  'deceived-working-conditions': ['Ką jie sakė apie tai, kiek laiko kasdien dirbsi ir kada galėsi pailsėti?'],
  'deceived-conditions-of-prostitution': [
    'Ką žmonės tau sakė, kas ten vyks? Ar taip ir buvo?',
    'Bet koks seksualinis vaiko išnaudojimas yra išnaudojimas, kad ir ką vaikui būtų sakę. Taip, kai vaikas buvo suklaidintas dėl to, kas vyks; niekada neklauskite seksualinių veiksmų detalių.',
  ],
  'deceived-contract': ['Ar tu ar tavo tėvai pasirašėte kokį nors popierių arba susitarėte dėl darbo? Kas ten buvo parašyta?'],
  'deceived-family-reunification': ['Ar kas nors tau sakė, kad ten būsi su mama, tėčiu ar kitais šeimos nariais?'],
  'deceived-housing': ['Ką jie sakė apie tai, kur gyvensi? Kaip buvo iš tikrųjų?'],
  'deceived-legal-status': ['Ar kas nors tau sakė, kad turėsi reikiamus dokumentus, kad galėtum ten likti?'],
  'deceived-travel-and-recruitment': ['Kaip ten nukeliavai? Ką tau sakė apie kelionę?'],
  'deceived-wages': [
    'Ar tau ar tavo šeimai sakė, kad gausi pinigų? Ar taip ir buvo?',
    'Taip, kai vaikui ar šeimai žadėtas atlyginimas nebuvo sumokėtas arba buvo daug mažesnis. Skaitosi ir tėvams duoti pažadai.',
  ],
  'deceived-education-access': ['Ar kas nors sakė, kad ten galėsi eiti į mokyklą ar ko nors išmokti? Ar taip buvo?'],
  'deceived-marriage-or-adoption': ['Ar kas nors sakė, kad su tavimi susituoks arba kad gyvensi su nauja šeima? Kas nutiko?'],
  'abduction-or-sale': [
    'Kaip atsitiko, kad išvykai iš namų? Ar kas nors tavęs klausė, ar nori vykti?',
    'Taip, kai vaikas buvo pagrobtas, priverstas sudaryti santuoką, įvaikintas prieš valią arba perduotas už pinigus ar daiktus, taip pat ir giminaičių. Neklauskite detalių.',
  ],
  'recruited-by-violence': ['Ar kas nors tave skriaudė, kad priverstų vykti, arba pakeliui?'],
  'documents-taken-at-recruitment': ['Kas pakeliui laikė tavo dokumentus, pavyzdžiui, pasą?'],
  'debt-at-recruitment': [
    'Ar kas nors sakė, kad tu ar tavo šeima esate jiems skolingi už kelionę?',
    'Taip, kai vaiko ar šeimos skola buvo panaudota priverčiant vaiką vykti. Skaitosi ir tėvų skolos.',
  ],
  'isolated-at-recruitment': ['Pakeliui ar galėjai pasikalbėti su savo šeima ar kitais žmonėmis, kai norėjai?'],
  'denunciation-threat-at-recruitment': ['Ar kas nors sakė, kad papasakos apie tave policijai, jei nevažiuosi?'],
  'violence-threat-at-recruitment': ['Ar kas nors sakė, kad tave muš ar skriaus, jei su jais nevažiuosi?'],
  'exposure-threat-at-recruitment': ['Ar kas nors sakė, kad papasakos ką nors apie tave tavo šeimai ar kitiems, ar parodys tavo nuotraukas?'],
  'family-harmed-at-recruitment': ['Ar kas nors skriaudė ar gąsdino ką nors iš tavo šeimos, kad tu važiuotum?'],
  'money-withheld-at-recruitment': ['Ar prieš tau išvykstant kas nors pasiliko tavo ar tavo šeimos pinigus?'],
  'abused-family-difficulty': [
    'Kaip sekėsi namuose prieš tau išvykstant? Ar kas nors buvo sunku?',
    'Taip, kai sunkia padėtimi namuose (smurtu, nepriežiūra, liga, tėvo ar motinos netektimi) buvo pasinaudota vaikui įtraukti.',
  ],
  'abused-irregular-status': ['Ar prieš tau išvykstant tu ar tavo šeima turėjote dokumentus gyventi ten, kur gyvenote?'],
  'abused-lack-of-education': ['Ar anksčiau lankei mokyklą? Ar galėjai perskaityti tai, ką tau duodavo žmonės?'],
  'abused-lack-of-information': ['Ką prieš išvykdamas (-a) žinojai apie vietą, į kurią vykai?'],
  'controlled-by-exploiters': ['Ar tave išsivežę žmonės jau prieš išvykimą tau sakydavo, ką daryti?'],
  'economic-hardship': ['Ar prieš tau išvykstant tavo šeima turėjo pakankamai pinigų maistui ir kitiems reikalingiems dalykams?'],
  'misinformed-about-law': ['Ką žmonės tau sakė apie ten esančią policiją?'],
  'misinformed-about-migration': ['Ką žmonės sakė apie kitus vaikus ar jaunuolius, kurie ten išvyko anksčiau?'],
  'family-situation': [
    'Su kuo gyvenai prieš išvykdamas (-a)? Kas tavimi rūpinosi?',
    'Taip, kai vaikas neturėjo tėvų globos, buvo atskirtas nuo jų, buvo našlaitis arba šeima spaudė jį vykti.',
  ],
  'personal-situation': ['Ar tuo metu tau buvo kas nors sunku, pavyzdžiui, sirgai ar neturėjai kur miegoti?'],
  'emotional-dependency': [
    'Kas buvo tas žmogus, kuris padėjo tau išvykti? Ką jautei jo atžvilgiu?',
    'Taip, kai vaikas pasitikėjo verbuotoju ar buvo prie jo prisirišęs (vaikinas ar mergina, giminaitis, vyresnis draugas) ir tuo pasinaudota. Niekada nekaltinkite vaiko.',
  ],
  'status-with-authorities': ['Ar prieš išvykdamas (-a) dėl kokios nors priežasties bijojai policijos ar kitų atsakingų suaugusiųjų?'],
  'general-context': ['Kaip buvo ten, kur gyvenai anksčiau, pavyzdžiui, ar ten buvo saugu?'],
  'past-hardship': [
    'Ar prieš tai tau buvo nutikę sunkių dalykų? Tau nebūtina sakyti kokių.',
    'Taip, kai ankstesnis smurtas, nepriežiūra, gyvenimas globos įstaigoje ar išnaudojimas palengvino vaiko užverbavimą. Neklauskite detalių; nukreipkite pas vaikų specialistą.',
  ],
  'travel-difficulty': ['Kas suorganizavo tavo kelionę? Ar būtum galėjęs (-usi) ten nuvykti vienas (-a)?'],
  'abused-cultural-beliefs': ['Ar prieš tau išvykstant kas nors privertė tave ką nors pažadėti, prisiekti ar dalyvauti kokiame nors rituale?'],
  'excessive-hours': [
    'Kokia buvo įprasta diena? Kada pradėdavai ir baigdavai, ar galėjai pailsėti ar pažaisti?',
    'Taip, kai darbo valandos buvo per ilgos vaiko amžiui, darbas vyko naktį arba nepaliko laiko poilsiui, žaidimams ar mokyklai.',
  ],
  'hazardous-work': [
    'Ar kas nors iš to, ką turėjai daryti, buvo pavojinga, ar kada nors dėl to susižeidei ar susirgai?',
    'Taip, kai darbas pavojingas vaiko sveikatai, saugumui ar raidai (sunkūs kroviniai, įrankiai, chemikalai, aukštis, naktinis darbas, gatvė). Taikomi nacionaliniai pavojingų darbų sąrašai.',
  ],
  'bad-living-conditions': ['Kur miegodavai ir ar turėjai pakankamai ko valgyti?'],
  'low-or-no-pay': [
    'Ar gaudavai pinigų už darbą? Kas juos pasilikdavo?',
    'Taip, kai vaikui nebuvo mokama arba atlyginimas atitekdavo kitiems. Tėvams siunčiamas atlyginimas taip pat gali būti išnaudojimas.',
  ],
  'labour-law-breached': [
    'Ar buvo kas nors, ką tau žadėjo dėl darbo, bet taip neįvyko?',
    'Taip, kai darbas pažeidė vaikų darbą reglamentuojančius įstatymus (minimalų amžių, valandas, naktinį darbą, darbo rūšį) arba tai, kas buvo sutarta.',
  ],
  'no-social-protection': ['Jei susirgdavai ar susižeisdavai, ar galėjai nueiti pas gydytoją?'],
  'very-bad-working-conditions': ['Kaip su tavimi elgėsi darbe? Ar kas nors buvo tau piktas ar neteisingas?'],
  'wage-manipulation': ['Ar kas nors iš tavęs atimdavo pinigus už maistą, lovą ar todėl, kad padarei ką nors negerai?'],
  'no-access-to-education': [
    'Ar būdamas (-a) ten galėjai eiti į mokyklą?',
    'Taip, kai vaikas negalėjo lankyti mokyklos ar mokymų dėl darbo ar jį kontroliuojančių žmonių.',
  ],
  'documents-confiscated': ['Kas dabar turi tavo pasą ar dokumentus? Ar galėtum juos atgauti, jei paprašytum?'],
  'debt-bondage': [
    'Ar kas nors sakė, kad tu ar tavo šeima esate jiems skolingi pinigų? Ar skola didėja ar mažėja?',
    'Taip, kai vaiko ar šeimos skola verčia vaiką toliau dirbti. Skaitosi ir tėvų skolos.',
  ],
  'isolation-or-surveillance': ['Ar galėjai išeiti į lauką ar pasikalbėti su šeima ar draugais, kai norėjai?'],
  violence: [
    'Ar kas nors ten tave kada nors mušė ar kitaip skriaudė?',
    'Taip, kai buvo bet koks fizinis ar seksualinis smurtas arba žiaurios bausmės. Neprašykite išsamaus pasakojimo; laikykitės vaiko apsaugos procedūrų ir pasiūlykite medicinos pagalbą.',
  ],
  'illicit-activities': [
    'Ar tave vertė daryti tokius dalykus kaip atiminėti daiktus iš žmonių, ką nors pardavinėti ar elgetauti?',
    'Taip, kai vaikas buvo verčiamas vogti, elgetauti, nešioti ar pardavinėti narkotikus ar daryti kitus nusikaltimus. Vaikas, verčiamas nusikalsti, yra auka: pasakykite tai vaikui.',
  ],
  'forced-tasks-or-clients': ['Ar tave vertė daryti dalykus, kurių nenorėjai? Ar galėjai atsisakyti?'],
  'forced-against-peers': ['Ar tavęs kada nors prašė prižiūrėti kitus vaikus, skųsti juos ar bausti?'],
  'forced-to-lie': ['Ar kas nors tau sakė, ką kalbėti policijai, mokytojams ar tavo šeimai?'],
  'denunciation-threat': ['Ar kas nors sakė, kad papasakos apie tave policijai, jei nustosi ar kam nors papasakosi?'],
  'worse-conditions-threat': ['Ką jie sakė, kas nutiks, jei nedarysi to, ko jie nori?'],
  'violence-threat': ['Ar kas nors ten sakė, kad tave muš ar skriaus?'],
  'under-strong-influence': [
    'Kas ten spręsdavo, ką tu kasdien darai?',
    'Taip, kai išnaudotojai kontroliavo vaiką manipuliacijomis, baime, prieraišumu, ritualais, narkotikais ar alkoholiu.',
  ],
  'family-harmed': ['Ar kas nors sakė, kad nuskriaus tavo šeimą, ar jai ką nors padarė?'],
  'wages-withheld': ['Ar kas nors pasiliko tau skirtus pinigus sakydamas, kad atiduos vėliau?'],
  'exposure-threat': ['Ar kas nors sakė, kad papasakos apie tave tavo šeimai ar kitiems, ar parodys tavo nuotraukas?'],
  'dependent-on-exploiters': ['Kas tau ten duodavo maisto, lovą ir galimybę kur nors nuvažiuoti?'],
  'unfamiliar-place': ['Ar pažinojai tą vietą ir mokėjai ten vartojamą kalbą? Ar žinojai, kas galėtų tau padėti?'],
  'economic-hardship-at-destination': ['Jei nustotum, kaip išsiverstum tu ir tavo šeima?'],
  'family-situation-at-destination': [
    'Ar tavo šeima laukia iš tavęs pinigų, ar norėjo, kad ten liktum?',
    'Taip, kai dėl šeimos lūkesčių, įsitraukimo ar nebuvimo vaikui buvo sunku pasitraukti.',
  ],
  'status-with-authorities-at-destination': ['Jei ten turėtum problemų, ar kreiptumeisi į policiją? Kodėl taip ar ne?'],
  'past-hardship-at-destination': ['Ar tau anksčiau nutiko kas nors, dėl ko dabar sunku paprašyti pagalbos? Tau nebūtina sakyti kas.'],
  'personal-characteristics': ['Ar žmonės ten su tavimi blogai elgiasi dėl to, iš kur tu esi ar kas tu esi?'],
};

/** Child sexual exploitation: where the child wording must also speak of sexual exploitation. */
const CHILD_SEXUAL: Readonly<Record<string, ChildEntry>> = {
  'excessive-hours': [
    'Kokia buvo įprasta diena? Kada pradėdavai ir baigdavai, ar galėjai pailsėti?',
    'Taip, kai vaikas buvo ilgas valandas, naktį ar be poilsio pateikiamas kitiems. Bet koks seksualinis vaiko išnaudojimas skaitosi, nepriklausomai nuo valandų.',
  ],
  'hazardous-work': [
    'Ar ten kada nors buvai pavojuje, ar buvai verčiamas (-a) vartoti narkotikus ar alkoholį?',
    'Taip, kai vaikas patyrė smurtą, lytinius santykius be apsaugos, narkotikus ar alkoholį. Niekada neklauskite seksualinių veiksmų detalių; pasirūpinkite medicinos pagalba.',
  ],
  'low-or-no-pay': [
    'Ar kada nors gaudavai pinigų ar dovanų? Kas pasilikdavo pinigus?',
    'Vaikui duoti pinigai ar dovanos nepaverčia seksualinio išnaudojimo priimtinu. Taip, kai uždarbį pasilikdavo kiti.',
  ],
  'forced-tasks-or-clients': [
    'Ar tave vertė būti su žmonėmis ar daryti dalykus, kurių nenorėjai? Ar galėjai atsisakyti?',
    'Taip, kai vaikas negalėjo atsisakyti asmenų ar veiksmų. Niekada neprašykite apibūdinti; vaikas negali duoti sutikimo seksualiniam išnaudojimui.',
  ],
  'exposure-threat': [
    'Ar kas nors sakė, kad papasakos tavo šeimai ar kitiems, ar parodys tavo nuotraukas ar vaizdo įrašus?',
    'Taip, kai buvo grasinama atskleisti, kas nutiko, ar išplatinti atvaizdus. Apie vaiko atvaizdus privaloma pranešti pagal vaiko apsaugos procedūras.',
  ],
};

function entry(id: string, sexual: boolean): Entry {
  const base = (sexual ? SEXUAL[id] : undefined) ?? BASE[id];
  if (!base) throw new Error(`no Lithuanian text for indicator ${id}`);
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
      if (!c) throw new Error(`no Lithuanian child question for indicator ${id}`);
      out[id] = { text, question: c[0], guidance: c[1] ?? guidance };
    }
  }
  return out;
}

export const LT: InstrumentTexts = {
  instruments: {
    'adult-labour': {
      title: 'Suaugusieji: darbo išnaudojimas',
      description:
        'Prekybos suaugusiaisiais priverstiniam darbui požymiai bet kuriame sektoriuje (žemės ūkyje, statybose, namų ūkio darbuose, gamyklose, paslaugų sektoriuje).',
    },
    'adult-sexual': {
      title: 'Suaugusieji: seksualinis išnaudojimas',
      description: 'Prekybos suaugusiaisiais seksualinio išnaudojimo tikslais požymiai, įskaitant priverstinę prostituciją.',
    },
    'child-labour': {
      title: 'Vaikai: darbo išnaudojimas',
      description:
        'Prekybos vaikais (iki 18 metų) darbo išnaudojimo, priverstinio elgetavimo ir priverstinės nusikalstamos veikos tikslais požymiai. Vaiko atveju poveikio būdų įrodyti nereikia.',
    },
    'child-sexual': {
      title: 'Vaikai: seksualinis išnaudojimas',
      description:
        'Prekybos vaikais (iki 18 metų) seksualinio išnaudojimo tikslais požymiai. Vaikas negali duoti sutikimo seksualiniam išnaudojimui; poveikio būdų įrodyti nereikia. Laikykitės vaiko apsaugos procedūrų.',
    },
  },
  dimensions: {
    'deceptive-recruitment': {
      title: 'Verbavimas apgaule',
      description: 'Asmuo buvo užverbuotas ar perkeltas melagingais pažadais apie darbą, sąlygas ar padėtį.',
    },
    'coercive-recruitment': {
      title: 'Verbavimas prievarta',
      description: 'Asmuo buvo užverbuotas ar perkeltas jėga, grasinimais ar kitokia prievarta.',
    },
    'recruitment-abuse-of-vulnerability': {
      title: 'Verbavimas pasinaudojant pažeidžiamumu',
      description: 'Verbuotojas pasinaudojo padėtimi, kurioje asmuo beveik neturėjo tikro pasirinkimo.',
    },
    'exploitative-conditions': {
      title: 'Išnaudojimo sąlygos',
      description: 'Darbo ar gyvenimo sąlygos paskirties vietoje prilygsta išnaudojimui.',
    },
    'coercion-at-destination': {
      title: 'Prievarta paskirties vietoje',
      description: 'Jėga, grasinimai ar kitokia prievarta laiko asmenį šioje padėtyje.',
    },
    'abuse-of-vulnerability-at-destination': {
      title: 'Pasinaudojimas pažeidžiamumu paskirties vietoje',
      description: 'Asmens priklausomybe ar pažeidžiamumu naudojamasi, kad jis liktų šioje padėtyje.',
    },
  },
  indicators: {
    'adult-labour': indicatorTexts(INSTRUMENTS['adult-labour']),
    'adult-sexual': indicatorTexts(INSTRUMENTS['adult-sexual']),
    'child-labour': indicatorTexts(INSTRUMENTS['child-labour']),
    'child-sexual': indicatorTexts(INSTRUMENTS['child-sexual']),
  },
};
