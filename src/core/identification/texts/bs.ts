/**
 * Bosnian (latinica, ijekavica) texts of the screening instruments. Same layout as en.ts: entries are
 * written once per indicator id and specialised for sexual exploitation and for children where the
 * wording must differ; `indicatorTexts` fails loudly if an indicator has no text.
 */
import type { IndicatorTexts, InstrumentDefinition, InstrumentTexts } from '../instrument.js';
import { INSTRUMENTS } from '../instruments/index.js';

/** [statement, question, guidance] */
type Entry = readonly [text: string, question: string, guidance: string];
/** [question, guidance?] for a child or adolescent; without guidance the adult guidance applies. */
type ChildEntry = readonly [question: string, guidance?: string];

const BASE: Readonly<Record<string, Entry>> = {
  // Vrbovanje putem obmane
  'deceived-nature-of-job': [
    'Obmana o vrsti posla, mjestu rada ili poslodavcu',
    'Šta vam je rečeno kakav ćete posao raditi, gdje i za koga? Kako se to slaže s onim što se zaista dogodilo?',
    'Da, kada su se posao, mjesto ili poslodavac pokazali drugačijim od onoga što je osobi rečeno. Pustite osobu da vlastitim riječima opiše i jedno i drugo prije nego što ih uporedite.',
  ],
  'deceived-working-conditions': [
    'Obmana o uslovima rada',
    'Šta vam je rečeno o radnom vremenu, slobodnim danima i uslovima rada?',
    'Da, kada su radno vrijeme, odmor ili uslovi bili znatno lošiji od obećanih. Manje razlike kakvih ima na svakom poslu ne računaju se.',
  ],
  'deceived-conditions-of-prostitution': [
    'Obmana o uslovima u prostituciji',
    'Šta vam je rečeno o poslu prije nego što ste počeli, naprimjer koliko sati, koliko klijenata i o čemu ćete sami odlučivati?',
    'Da, kada je osoba znala da će se baviti prostitucijom, ali je obmanuta o uslovima (radno vrijeme, klijenti, prakse, zarada, sloboda da prestane). Pitajte bez osuđivanja samog posla.',
  ],
  'deceived-contract': [
    'Obmana o sadržaju ili zakonitosti ugovora',
    'Je li postojao ugovor ili neki dogovor? Šta je u njemu pisalo i je li poštovan?',
    'Da, kada je ugovor bio lažan, izmijenjen nakon dolaska, napisan na jeziku koji osoba ne razumije ili pravno nevažeći. I usmeno obećanje se računa ako je bilo namjerno lažno.',
  ],
  'deceived-family-reunification': [
    'Obmana obećanjem spajanja s porodicom',
    'Je li vam neko rekao da ćete odlaskom tamo lakše biti sa svojom porodicom? Šta se dogodilo?',
    'Da, kada je obećanje spajanja s članovima porodice iskorišteno za vrbovanje, a nije ispunjeno.',
  ],
  'deceived-housing': [
    'Obmana o smještaju i uslovima života',
    'Šta vam je rečeno gdje ćete stanovati i kako je bilo kad ste stigli?',
    'Da, kada je smještaj bio mnogo lošiji od obećanog ili je njegova cijena bila prešućena.',
  ],
  'deceived-legal-status': [
    'Obmana o dokumentima ili dozvoli boravka ili rada',
    'Šta vam je rečeno o vizama, dozvolama ili dokumentima za put i za posao?',
    'Da, kada je osobi rečeno da će imati važeće dokumente ili reguliran boravak, a nije ih imala, ili su joj iznošene neistine o dokumentima koje posjeduje.',
  ],
  'deceived-travel-and-recruitment': [
    'Obmana o putovanju ili uslovima vrbovanja',
    'Šta vam je rečeno o tome kako ćete putovati i koliko će vas to koštati? Ko je platio i na koji način?',
    'Da, kada su putna ruta, troškovi putovanja ili naknade za posredovanje, odnosno ko ih plaća, lažno prikazani.',
  ],
  'deceived-wages': [
    'Obmana o plati',
    'Koliko vam je rečeno da ćete zarađivati, a koliko ste stvarno dobijali?',
    'Da, kada je isplaćena plata bila znatno niža od obećane ili su odbici bili prešućeni. O iznosima pitajte mirno; ljudi se često stide kad je riječ o novcu.',
  ],
  'deceived-education-access': [
    'Obmana o školovanju ili obuci',
    'Je li vam neko obećao da ćete tamo moći ići u školu ili izučiti zanat? Šta se dogodilo?',
    'Da, kada je obećanje školovanja, obuke ili studija iskorišteno za vrbovanje djeteta, a nije ispunjeno.',
  ],
  'deceived-marriage-or-adoption': [
    'Obmana obećanjem braka ili usvojenja',
    'Je li vam neko obećao brak ili da će vas primiti u svoju porodicu? Šta se poslije toga dogodilo?',
    'Da, kada je obećani brak, veza ili usvojenje bio izgovor za premještanje ili eksploataciju osobe. Budite pažljivi: osoba može i dalje biti vezana za vrbovatelja.',
  ],
  // Vrbovanje putem prisile
  'abduction-or-sale': [
    'Otmica, prisilni brak ili usvojenje, ili prodaja',
    'Kako je došlo do toga da napustite dom? Jeste li imali izbor hoćete li otići?',
    'Da, kada je osoba oteta, prisiljena na brak ili usvojenje, ili predana za novac ili robu. Ne insistirajte na pojedinostima događaja; ovdje je dovoljno da se desio.',
  ],
  'recruited-by-violence': [
    'Nasilje upotrijebljeno kako bi osoba otišla',
    'Je li vas neko povrijedio da biste otišli, ili za vrijeme putovanja?',
    'Da, za fizičko ili seksualno nasilje upotrijebljeno radi vrbovanja ili premještanja osobe. Ne tražite potpunu izjavu; zabilježite samo ono što osoba sama kaže.',
  ],
  'documents-taken-at-recruitment': [
    'Lični dokumenti oduzeti tokom vrbovanja ili putovanja',
    'Ko je držao vaš pasoš ili ličnu kartu prije i za vrijeme putovanja?',
    'Da, kada je neko drugi držao dokumente protiv volje osobe ili ih nije vratio kad ih je zatražila.',
  ],
  'debt-at-recruitment': [
    'Dug kojim je osoba vezana od samog početka',
    'Jeste li nekome dugovali novac za posao ili putovanje? Kako ste ga trebali vratiti?',
    'Da, kada je dug za naknade, put ili dokumente nastao pri vrbovanju i iskorišten kako bi osoba otišla ili ostala.',
  ],
  'isolated-at-recruitment': [
    'Izolacija, zatočenje ili nadzor tokom vrbovanja ili putovanja',
    'Jeste li za vrijeme putovanja mogli ići kamo želite i javiti se kome želite?',
    'Da, kada je osoba tokom vrbovanja ili putovanja bila zaključana, odvojena od drugih ili nadzirana kako ne bi otišla.',
  ],
  'denunciation-threat-at-recruitment': [
    'Prijetnja prijavom nadležnim institucijama',
    'Je li neko rekao da će vas prijaviti policiji ili službi za strance ako ne pristanete?',
    'Da, kada je prijetnja prijavom policiji, službi za strance ili drugim institucijama iskorištena kako bi osoba otišla.',
  ],
  'violence-threat-at-recruitment': [
    'Prijetnja nasiljem kako bi osoba otišla',
    'Je li neko rekao da će vas povrijediti ako ne odete?',
    'Da, za svaku prijetnju fizičkim ili seksualnim nasiljem prema osobi upotrijebljenu pri vrbovanju.',
  ],
  'exposure-threat-at-recruitment': [
    'Prijetnja otkrivanjem pred porodicom, zajednicom ili javnošću',
    'Je li neko rekao da će vašoj porodici ili drugima reći nešto o vama ako ne odete?',
    'Da, kada su prijetnje otkrivanjem informacija, fotografija ili situacije u kojoj je osoba korištene za pritisak na nju.',
  ],
  'family-harmed-at-recruitment': [
    'Porodica povrijeđena ili joj je prijećeno',
    'Je li neko prijetio nekome iz vaše porodice ili ga povrijedio kako biste otišli?',
    'Da, kada su članovi porodice povrijeđeni ili im je prijećeno kako bi osoba bila prisiljena otići. Osoba se možda i dalje boji za njih: pitajte jesu li sada sigurni.',
  ],
  'money-withheld-at-recruitment': [
    'Zadržavanje novca kako bi osoba otišla',
    'Je li neko prije vašeg odlaska zadržao novac koji je bio vaš ili koji vam je dugovao?',
    'Da, kada su novac ili zarada osobe zadržani kako bi se na nju izvršio pritisak da ode.',
  ],
  // Vrbovanje zloupotrebom ranjivosti
  'abused-family-difficulty': [
    'Iskorištena teška porodična situacija',
    'Kakve su prilike bile kod kuće prije nego što ste otišli?',
    'Da, kada je vrbovatelj znao za tešku porodičnu situaciju (nasilje, bolest, dugovi, sukobi) i iskoristio je da privuče osobu.',
  ],
  'abused-irregular-status': [
    'Iskorišten neregularan migracijski status',
    'Prije ovog posla, jeste li imali dokumente za boravak ili rad tamo gdje ste bili? Je li to znala osoba koja vas je vrbovala?',
    'Da, kada je vrbovatelj iskoristio to što osoba nema reguliran status kako bi je vrbovao pod lošijim uslovima ili natjerao da šuti.',
  ],
  'abused-lack-of-education': [
    'Iskorišteno nisko obrazovanje ili malo radnog iskustva',
    'Koliko ste škole i radnog iskustva imali ranije? Je li vam zbog toga bilo teže provjeriti ono što vam je rečeno?',
    'Da, kada je vrbovatelj iskoristio ograničeno obrazovanje, nepismenost ili malo radnog iskustva osobe kako bi je obmanuo ili vršio pritisak na nju.',
  ],
  'abused-lack-of-information': [
    'Iskorištena neinformiranost',
    'Prije odlaska, šta ste znali o mjestu u koje idete i o svojim pravima tamo?',
    'Da, kada je vrbovatelj iskoristio to što osoba ne poznaje jezik, zakone, zemlju ili ne zna kome se obratiti za pomoć.',
  ],
  'controlled-by-exploiters': [
    'Osoba je već bila pod kontrolom eksploatatora',
    'Jesu li ljudi koji su vas vrbovali već prije odlaska odlučivali o vašem životu? Na koji način?',
    'Da, kada su vrbovatelji već u trenutku vrbovanja kontrolirali osobu (putem veze, duga, porodice ili grupe).',
  ],
  'economic-hardship': [
    'Iskorišteno siromaštvo ili nedostatak prihoda',
    'Kakva je bila vaša situacija s novcem i poslom prije nego što ste otišli?',
    'Da, kada je zbog teškog materijalnog stanja osoba imala malo stvarnog izbora, a vrbovatelj je to iskoristio.',
  ],
  'misinformed-about-law': [
    'Netačne informacije o zakonima ili institucijama',
    'Šta vam je rečeno o policiji ili zakonima u mjestu u koje ste išli?',
    'Da, kada su osobi iznošene neistine (naprimjer da će je policija uhapsiti ili da je posao zakonit iako nije) kako bi otišla ili ostala.',
  ],
  'misinformed-about-migration': [
    'Lažne priče o uspješnoj migraciji',
    'Šta su vam ljudi pričali o drugima koji su tamo otišli prije vas?',
    'Da, kada su izmišljene ili pretjerane priče o uspjehu drugih migranata korištene da se osoba nagovori.',
  ],
  'family-situation': [
    'Ranjiva porodična situacija u vrijeme vrbovanja',
    'Ko je ovisio o vama, ili o kome ste vi ovisili, u vrijeme kad ste otišli?',
    'Da, kada je porodična situacija (izdržavani članovi porodice, gubitak roditelja ili partnera, pritisak porodice) učinila osobu podložnom ponudi.',
  ],
  'personal-situation': [
    'Ranjiva lična situacija u vrijeme vrbovanja',
    'Je li vam nešto bilo posebno teško u vrijeme kad ste otišli, naprimjer zdravlje ili mjesto gdje ste živjeli?',
    'Da, kada su bolest, invaliditet, ovisnost, beskućništvo, trudnoća ili slične okolnosti učinile osobu ranjivom. Osoba ne mora navoditi pojedinosti.',
  ],
  'emotional-dependency': [
    'Emocionalna ili psihološka ovisnost o vrbovatelju',
    'Kako biste opisali svoj odnos s osobom koja vam je pomogla da odete?',
    'Da, kada je osoba emocionalno ovisila o vrbovatelju (partneru, rođaku, osobi od povjerenja) i to je iskorišteno. Izbjegavajte svako okrivljavanje.',
  ],
  'status-with-authorities': [
    'Iskorišten nepovoljan položaj prema institucijama',
    'Prije odlaska, jeste li se iz bilo kojeg razloga bojali policije ili drugih organa vlasti?',
    'Da, kada su strah ili nepovjerenje prema institucijama, ili slab pravni položaj, iskorišteni pri vrbovanju.',
  ],
  'general-context': [
    'Opće teške prilike',
    'Kakav je bio život tamo gdje ste ranije živjeli, naprimjer kad je riječ o poslu, sigurnosti ili sukobima?',
    'Da, kada osoba dolazi iz sredine pogođene sukobom, katastrofom, diskriminacijom ili raširenim siromaštvom. Sam po sebi, ovaj indikator ima malu težinu.',
  ],
  'past-hardship': [
    'Poteškoće u prošlosti',
    'Jeste li i ranije prolazili kroz teška razdoblja, ako vam nije neugodno reći?',
    'Da, kada su ranija trauma, zlostavljanje, boravak u ustanovi socijalne zaštite ili eksploatacija olakšali vrbovanje osobe. Ne pitajte za pojedinosti ranijeg zlostavljanja.',
  ],
  'travel-difficulty': [
    'Osoba nije mogla organizirati putovanje bez vrbovatelja',
    'Biste li mogli sami organizirati putovanje, ili vam je trebao neko da ga organizira umjesto vas?',
    'Da, kada je osoba ovisila o vrbovatelju kad je riječ o putovanju (dokumenti, karte, putni pravac, novac), što je vrbovatelju davalo moć nad njom.',
  ],
  'abused-cultural-beliefs': [
    'Iskorištena kulturna ili vjerska uvjerenja',
    'Jesu li ljudi koji su vas vrbovali koristili vjerovanja, običaje ili vjeru kako bi vas nagovorili, naprimjer zakletvu, ritual ili obavezu prema porodici?',
    'Da, kada su vjerovanja, običaji ili vjerske prakse (zakletva, ritual, osjećaj dužnosti) korišteni da se osoba nagovori ili veže. Kada pitate, poštujte uvjerenja osobe.',
  ],
  // Eksploatatorski uslovi
  'excessive-hours': [
    'Prekomjerno radno vrijeme ili broj radnih dana',
    'Koliko sati dnevno i koliko dana sedmično ste radili? Jeste li se mogli odmoriti kad vam je bilo potrebno?',
    'Da, kada su radni sati ili dani daleko prelazili zakonom dozvoljeno ili se osoba nije mogla odmoriti niti odbiti. Pitajte kako izgleda uobičajen dan, a ne za ukupan broj sati.',
  ],
  'hazardous-work': [
    'Opasan rad',
    'Je li posao ikada bio opasan, jeste li se zbog njega povrijedili ili razboljeli? Jeste li dobili zaštitnu opremu?',
    'Da, kada je posao izlagao osobu opasnosti po zdravlje ili sigurnost bez zaštite ili obuke.',
  ],
  'bad-living-conditions': [
    'Vrlo loši uslovi života',
    'Gdje ste spavali i jeli i ko je o tome odlučivao?',
    'Da, kada su smještaj, hrana ili higijena bili ponižavajući ili nesigurni, ili osoba o tome nije imala nikakvu riječ.',
  ],
  'low-or-no-pay': [
    'Vrlo niska plata ili bez plate',
    'Koliko ste bili plaćeni i koliko često? Jeste li novac primali lično?',
    'Da, kada plate nije bilo, kada je bila daleko ispod minimalne ili je isplaćivana nekome drugom umjesto osobi.',
  ],
  'labour-law-breached': [
    'Nepoštivanje radnog zakonodavstva ili ugovora',
    'Je li nešto što je s vama dogovoreno o poslu kasnije promijenjeno ili nije ispoštovano?',
    'Da, kada je poslodavac kršio radno zakonodavstvo ili dogovorene uslove (pauze, odmor, sigurnost na radu, otkazni rok).',
  ],
  'no-social-protection': [
    'Bez socijalne zaštite',
    'Da ste se razboljeli ili povrijedili, jeste li mogli otići ljekaru i jeste li imali ikakvo osiguranje?',
    'Da, kada osoba nije imala ugovor, zdravstveno ni socijalno osiguranje, niti pristup zdravstvenoj zaštiti.',
  ],
  'very-bad-working-conditions': [
    'Vrlo loši uslovi rada',
    'Kako je bilo na poslu, naprimjer kako su se odnosili prema vama i šta ste smjeli raditi tokom dana?',
    'Da, kada su uslovi rada bili ponižavajući ili daleko ispod uobičajenih standarda.',
  ],
  'wage-manipulation': [
    'Manipulacija platom',
    'Je li vam se od plate nešto odbijalo, naprimjer za kiriju, hranu, kazne ili dugove? Ko je odlučivao o iznosu?',
    'Da, kada je poslodavac proizvoljno odbijao iznose, određivao kazne ili mijenjao platu tako da je osoba malo zarađivala ili ostajala u dugu.',
  ],
  'no-access-to-education': [
    'Bez pristupa obrazovanju',
    'Jeste li, dok ste bili tamo, mogli ići u školu ili na obuku?',
    'Da, kada je osobi onemogućeno školovanje ili obuka koju je željela ili na koju je imala pravo.',
  ],
  // Prisila u mjestu odredišta
  'documents-confiscated': [
    'Oduzeti lični dokumenti',
    'Kod koga su sada vaš pasoš ili lična karta? Biste li ih dobili nazad kad biste ih zatražili?',
    'Da, kada je poslodavac ili neko drugi zadržao dokumente i odbijao ih vratiti na zahtjev.',
  ],
  'debt-bondage': [
    'Dužničko ropstvo',
    'Dugujete li tamo nekome novac? Kako se iznos duga mijenja s vremenom?',
    'Da, kada se dug koji raste ili se realno ne može otplatiti koristi kako bi osoba nastavila raditi.',
  ],
  'isolation-or-surveillance': [
    'Izolacija, zatočenje ili nadzor',
    'Jeste li mogli izaći kad ste htjeli i razgovarati s kim ste htjeli, pa i telefonom?',
    'Da, kada je osoba bila zaključana, svuda praćena, kada joj je oduzet telefon ili je bila nadzirana kako ne bi otišla ili razgovarala s drugima.',
  ],
  violence: [
    'Nasilje nad osobom',
    'Je li vas tamo neko ikada povrijedio?',
    'Da, za svako fizičko ili seksualno nasilje poslodavaca, eksploatatora ili onih koji rade za njih. Ne tražite detaljnu izjavu; ponudite medicinsku pomoć.',
  ],
  'illicit-activities': [
    'Prisila na nezakonite ili kriminalne radnje',
    'Jeste li ikada bili prisiljeni raditi nešto za šta ste znali, ili kasnije saznali, da je protiv zakona?',
    'Da, kada je osoba bila prisiljena krasti, prodavati drogu, prositi ili činiti druga krivična djela. Uvjerite osobu da se to pita radi njene zaštite, a ne da bi bila optužena.',
  ],
  'forced-tasks-or-clients': [
    'Prisila na poslove na koje osoba nije pristala',
    'Jeste li morali raditi poslove na koje niste pristali, ili ste mogli odbiti?',
    'Da, kada je osoba morala obavljati poslove izvan dogovorenog i nije ih mogla odbiti bez posljedica.',
  ],
  'forced-against-peers': [
    'Prisila na postupanje protiv drugih radnika',
    'Je li se od vas ikada tražilo da nadzirete, kažnjavate ili prijavljujete druge ljude koji su tamo radili?',
    'Da, kada je osoba bila prisiljena kontrolirati, vrbovati, kažnjavati ili prijavljivati druge žrtve.',
  ],
  'forced-to-lie': [
    'Prisila na laganje institucijama, porodici ili drugima',
    'Je li vam rečeno šta da kažete policiji, inspektorima ili porodici o svojoj situaciji?',
    'Da, kada je osoba pod pritiskom dobila upute da neistinito prikaže svoju situaciju.',
  ],
  'denunciation-threat': [
    'Prijetnja prijavom nadležnim institucijama',
    'Je li neko rekao da će vas prijaviti policiji ili službi za strance ako prestanete raditi ili se požalite?',
    'Da, kada je prijetnja prijavom korištena kako bi osoba nastavila raditi ili šutjela.',
  ],
  'worse-conditions-threat': [
    'Prijetnja još gorim uslovima',
    'Šta su vam tamo govorili da će se desiti ako se požalite ili ne uradite ono što traže?',
    'Da, kada je osobi prijećeno težim poslom, gorim postupanjem, ponovnom prodajom ili premještanjem na drugo mjesto.',
  ],
  'violence-threat': [
    'Prijetnja nasiljem',
    'Je li vam neko tamo rekao da će vas povrijediti?',
    'Da, za svaku prijetnju fizičkim ili seksualnim nasiljem prema osobi.',
  ],
  'under-strong-influence': [
    'Pod snažnim utjecajem eksploatatora',
    'Ko je tamo donosio odluke o vašem svakodnevnom životu?',
    'Da, kada su eksploatatori kontrolirali osobu manipulacijom, ritualima, drogom, alkoholom ili emocionalnom vezanošću, tako da nije mogla slobodno odlučivati.',
  ],
  'family-harmed': [
    'Porodica povrijeđena ili joj je prijećeno',
    'Je li neko prijetio vašoj porodici ili joj nešto uradio zbog vašeg rada tamo?',
    'Da, kada su članovi porodice povrijeđeni ili im je prijećeno kako bi osoba nastavila raditi. Provjerite treba li porodici zaštita.',
  ],
  'wages-withheld': [
    'Zadržavanje plate',
    'Je li vam dio plate zadržavan, naprimjer „da bude na sigurnom“ ili do kraja?',
    'Da, kada je plata zadržavana, odgađana ili obećavana „poslije“ kako osoba ne bi mogla otići.',
  ],
  'exposure-threat': [
    'Prijetnja otkrivanjem pred porodicom, zajednicom ili javnošću',
    'Je li neko rekao da će vašoj porodici ili drugima ispričati o vašem poslu ili situaciji u kojoj ste?',
    'Da, kada su prijetnje otkrivanjem informacija ili fotografija korištene da se osoba drži pod kontrolom.',
  ],
  // Zloupotreba ranjivosti u mjestu odredišta
  'dependent-on-exploiters': [
    'Ovisnost o eksploatatorima',
    'Ko vam je tamo osiguravao hranu, krevet i prijevoz?',
    'Da, kada je osoba ovisila o eksploatatorima kad je riječ o smještaju, hrani, poslu, dokumentima ili kontaktu s vanjskim svijetom.',
  ],
  'unfamiliar-place': [
    'Poteškoće života u nepoznatoj sredini',
    'Koliko ste poznavali to mjesto i jezik? Jeste li znali gdje možete dobiti pomoć?',
    'Da, kada je osoba ostajala ovisna jer nije poznavala jezik, mjesto ili nije znala kome se obratiti za pomoć.',
  ],
  'economic-hardship-at-destination': [
    'Neimaština zadržava osobu u situaciji',
    'Kad biste prestali raditi ovaj posao, kako biste se snašli s novcem?',
    'Da, kada je materijalna oskudica osobe ili njene porodice korištena da se osoba zadrži u situaciji.',
  ],
  'family-situation-at-destination': [
    'Porodične prilike zadržavaju osobu u situaciji',
    'Računa li neko iz vaše porodice na vas ili na novac koji šaljete?',
    'Da, kada su porodične obaveze ili umiješanost članova porodice otežavali osobi da ode.',
  ],
  'status-with-authorities-at-destination': [
    'Slab položaj prema institucijama zadržava osobu u situaciji',
    'Da ste tamo imali problem, biste li otišli u policiju? Zbog čega tako mislite?',
    'Da, kada su neregularan status ili strah od institucija korišteni da osoba ne bi potražila pomoć.',
  ],
  'past-hardship-at-destination': [
    'Poteškoće iz prošlosti otežavaju odlazak',
    'Postoji li nešto iz ranijeg perioda zbog čega vam je sada teško otići ili potražiti pomoć?',
    'Da, kada se ranija trauma, zlostavljanje, eksploatacija ili povratak kući koji je loše završio koriste kako bi se osoba zadržala u situaciji. Ne pitajte za pojedinosti.',
  ],
  'personal-characteristics': [
    'Pripada grupi koja se suočava s diskriminacijom',
    'Ponašaju li se ljudi tamo prema vama drugačije zbog toga ko ste, naprimjer zbog vašeg porijekla, vjere ili identiteta?',
    'Da, kada osoba pripada grupi koja se suočava s diskriminacijom ili isključenošću (etnička manjina, seksualna orijentacija ili rodni identitet, invaliditet), a to se koristi da ostane ovisna.',
  ],
};

/** Seksualna eksploatacija: where the statement, the question or the guidance must differ. */
const SEXUAL: Readonly<Record<string, Entry>> = {
  'excessive-hours': [
    'Prekomjerno radno vrijeme ili broj klijenata',
    'Koliko sati dnevno i koliko dana sedmično ste morali raditi? Jeste li se mogli odmoriti kad vam je bilo potrebno?',
    'Da, kada radni sati, dani ili broj klijenata nisu ostavljali stvaran odmor ni izbor. Pitajte kako izgleda uobičajen dan; ne pitajte za intimne pojedinosti.',
  ],
  'hazardous-work': [
    'Opasni uslovi, uključujući nezaštićene spolne odnose',
    'Jeste li na poslu ikada bili u opasnosti, naprimjer od klijenata, ili prisiljeni na spolne odnose bez zaštite?',
    'Da, kada je osoba bila izložena nasilju klijenata, nezaštićenim spolnim odnosima ili drogi ili alkoholu koje su je tjerali da uzima.',
  ],
  'low-or-no-pay': [
    'Vrlo mala zarada ili bez zarade',
    'Koliko ste od novca koji su plaćali klijenti zadržavali za sebe?',
    'Da, kada je sva zarada ili njen veći dio odlazio drugima ili osoba nikada nije raspolagala novcem.',
  ],
  'labour-law-breached': [
    'Nepoštivanje dogovorenih uslova',
    'Je li nešto što ste dogovorili o poslu kasnije promijenjeno ili nije ispoštovano?',
    'Da, kada nije poštovano ono na šta je osoba pristala (radno vrijeme, klijenti, prakse, udio u zaradi, sloboda da prestane).',
  ],
  'very-bad-working-conditions': [
    'Vrlo loši i ponižavajući uslovi',
    'Kako je bilo tamo gdje ste radili i kako su se prema vama odnosili?',
    'Da, kada su uslovi bili ponižavajući, degradirajući ili nesigurni. Zabilježite samo ono što osoba odluči reći.',
  ],
  'wage-manipulation': [
    'Manipulacija zaradom',
    'Je li vam se od zarade nešto oduzimalo, naprimjer za kiriju, hranu, kazne ili dugove? Ko je odlučivao o iznosu?',
    'Da, kada su proizvoljni odbici, kazne ili „dugovi“ doveli do toga da osoba zarađuje malo ili ništa.',
  ],
  'forced-tasks-or-clients': [
    'Prisila na prihvatanje klijenata ili radnji',
    'Jeste li mogli birati ili odbiti klijente, ili odbiti ono što niste željeli raditi?',
    'Da, kada osoba nije mogla bez posljedica odbiti klijente ili određene spolne radnje. Ne tražite opis tih radnji.',
  ],
  'forced-against-peers': [
    'Prisila na postupanje protiv drugih žena, muškaraca ili djece',
    'Je li se od vas ikada tražilo da nadzirete, vrbujete ili prijavljujete druge ljude koji su tamo radili?',
    'Da, kada je osoba bila prisiljena kontrolirati, vrbovati, kažnjavati ili prijavljivati druge žrtve.',
  ],
  'exposure-threat': [
    'Prijetnja otkrivanjem prostitucije porodici ili zajednici',
    'Je li neko rekao da će reći vašoj porodici ili drugima, ili podijeliti vaše fotografije?',
    'Da, kada su prijetnje otkrivanjem prostitucije ili dijeljenjem snimaka korištene da se osoba drži pod kontrolom.',
  ],
  'exposure-threat-at-recruitment': [
    'Prijetnja otkrivanjem pred porodicom, zajednicom ili javnošću',
    'Je li neko rekao da će vašoj porodici ili drugima reći nešto o vama, ili podijeliti fotografije, ako ne odete?',
    'Da, kada su prijetnje otkrivanjem informacija ili snimaka korištene kao pritisak da osoba ode.',
  ],
};

/** For children and adolescents: questions in simpler words, and guidance where it differs. */
const CHILD: Readonly<Record<string, ChildEntry>> = {
  'deceived-nature-of-job': ['Šta su ti ljudi rekli da ćeš tamo raditi? Je li bilo tako?'],
  'deceived-working-conditions': ['Šta su ti rekli koliko ćeš dugo raditi svaki dan i kad ćeš se moći odmoriti?'],
  'deceived-conditions-of-prostitution': [
    'Šta su ti ljudi rekli da će se tamo dešavati? Je li bilo tako?',
    'Svako seksualno iskorištavanje djeteta jeste eksploatacija, bez obzira na to šta je djetetu rečeno. Da, kada je dijete obmanuto o tome šta će se dešavati; nikada ne pitajte za pojedinosti spolnih radnji.',
  ],
  'deceived-contract': ['Jeste li ti ili tvoji roditelji potpisali neki papir ili se nešto dogovorili oko posla? Šta je tu pisalo?'],
  'deceived-family-reunification': ['Je li ti neko rekao da ćeš tamo biti s mamom, tatom ili nekim drugim iz porodice?'],
  'deceived-housing': ['Šta su ti rekli gdje ćeš stanovati? Kako je zaista bilo?'],
  'deceived-legal-status': ['Je li ti neko rekao da ćeš imati prave papire da bi mogao ili mogla ostati tamo?'],
  'deceived-travel-and-recruitment': ['Kako je izgledao put do tamo? Šta su ti pričali o putovanju?'],
  'deceived-wages': [
    'Je li tebi ili tvojoj porodici rečeno da ćeš dobijati novac? Je li tako i bilo?',
    'Da, kada novac obećan djetetu ili porodici nije isplaćen ili je bio mnogo manji. Računaju se i obećanja data roditeljima.',
  ],
  'deceived-education-access': ['Je li ti neko rekao da ćeš tamo moći ići u školu ili nešto naučiti? Je li tako bilo?'],
  'deceived-marriage-or-adoption': ['Je li ti neko obećao brak, ili da ćeš živjeti s novom porodicom? Šta se dogodilo?'],
  'abduction-or-sale': [
    'Kako je došlo do toga da odeš od kuće? Je li te neko pitao želiš li ići?',
    'Da, kada je dijete oteto, prisiljeno na brak ili usvojenje, ili predano za novac ili robu, pa i kada su to učinili rođaci. Ne insistirajte na pojedinostima.',
  ],
  'recruited-by-violence': ['Je li te neko povrijedio da bi te natjerao da odeš, ili usput?'],
  'documents-taken-at-recruitment': ['Kod koga su usput bili tvoji papiri, naprimjer pasoš?'],
  'debt-at-recruitment': [
    'Je li neko rekao da ti ili tvoja porodica dugujete novac za put?',
    'Da, kada je dug djeteta ili porodice iskorišten kako bi dijete otišlo. Računaju se i dugovi roditelja.',
  ],
  'isolated-at-recruitment': ['Je li usput bilo moguće razgovarati s porodicom ili drugim ljudima kad god poželiš?'],
  'denunciation-threat-at-recruitment': ['Je li neko rekao da će te prijaviti policiji ako ne odeš?'],
  'violence-threat-at-recruitment': ['Je li neko rekao da će te udariti ili povrijediti ako ne pođeš s njima?'],
  'exposure-threat-at-recruitment': ['Je li neko rekao da će tvojoj porodici ili drugima reći nešto o tebi, ili pokazati tvoje slike?'],
  'family-harmed-at-recruitment': ['Je li neko povrijedio ili uplašio nekoga iz tvoje porodice da bi te natjerao da odeš?'],
  'money-withheld-at-recruitment': ['Je li neko prije odlaska zadržao novac koji je pripadao tebi ili tvojoj porodici?'],
  'abused-family-difficulty': [
    'Kako je bilo kod kuće prije tvog odlaska? Je li nešto bilo teško?',
    'Da, kada je teška situacija kod kuće (nasilje, zanemarivanje, bolest, gubitak roditelja) iskorištena da se dijete privuče.',
  ],
  'abused-irregular-status': ['Prije odlaska, jeste li ti ili tvoja porodica imali papire za život tamo gdje ste bili?'],
  'abused-lack-of-education': ['Kako je bilo sa školom prije toga? Je li ti bilo lako pročitati ono što su ti ljudi davali?'],
  'abused-lack-of-information': ['Prije odlaska, šta ti je bilo poznato o mjestu u koje ideš?'],
  'controlled-by-exploiters': ['Jesu li ti ljudi koji su te odveli već prije odlaska govorili šta da radiš?'],
  'economic-hardship': ['Prije odlaska, je li tvoja porodica imala dovoljno novca za hranu i druge stvari koje su vam trebale?'],
  'misinformed-about-law': ['Šta su ti ljudi govorili o policiji tamo?'],
  'misinformed-about-migration': ['Šta su ljudi pričali o drugoj djeci ili mladima koji su tamo otišli prije tebe?'],
  'family-situation': [
    'Ko je živio s tobom prije odlaska? Ko se brinuo o tebi?',
    'Da, kada je dijete bilo bez roditeljskog staranja, odvojeno od porodice, bez roditelja, ili ga je porodica tjerala da ode.',
  ],
  'personal-situation': ['Je li ti u to vrijeme nešto bilo teško, naprimjer bolest ili to što nije bilo mjesta gdje da spavaš?'],
  'emotional-dependency': [
    'Ko je bila osoba koja ti je pomogla da odeš? Šta si osjećao ili osjećala prema njoj?',
    'Da, kada je dijete vjerovalo vrbovatelju ili bilo vezano za njega (dečko ili djevojka, rođak, stariji prijatelj) i to je iskorišteno. Nikada ne okrivljujte dijete.',
  ],
  'status-with-authorities': ['Prije odlaska, je li te iz nekog razloga bilo strah policije ili drugih odraslih koji imaju vlast?'],
  'general-context': ['Kako je bilo tamo gdje si ranije živio ili živjela, naprimjer je li bilo sigurno?'],
  'past-hardship': [
    'Jesu li ti se i prije ovoga dešavale teške stvari? Ne moraš mi reći koje.',
    'Da, kada su ranije zlostavljanje, zanemarivanje, boravak u ustanovi ili eksploatacija olakšali vrbovanje djeteta. Ne pitajte za pojedinosti; uputite dijete stručnjaku za rad s djecom.',
  ],
  'travel-difficulty': ['Ko ti je organizirao putovanje? Jesi li mogao ili mogla otići sam ili sama?'],
  'abused-cultural-beliefs': ['Je li te neko prije odlaska natjerao da nešto obećaš, da se zakuneš ili da učestvuješ u nekom ritualu?'],
  'excessive-hours': [
    'Kako je izgledao običan dan? Kad je počinjao, kad se završavao i je li bilo vremena za odmor ili igru?',
    'Da, kada je rad trajao dugo za uzrast djeteta, bio noću, ili nije ostavljao vremena za odmor, igru ili školu.',
  ],
  'hazardous-work': [
    'Je li nešto od onoga što si morao ili morala raditi bilo opasno, ili te je ikada povrijedilo ili ti je od toga bilo loše?',
    'Da, za rad opasan po zdravlje, sigurnost ili razvoj djeteta (teški tereti, alati, hemikalije, visina, noćni rad, rad na ulici). Primjenjuju se domaće liste opasnih poslova za djecu.',
  ],
  'bad-living-conditions': ['Gdje si spavao ili spavala, i je li bilo dovoljno hrane za tebe?'],
  'low-or-no-pay': [
    'Je li za taj rad bilo novca za tebe? Ko ga je zadržavao?',
    'Da, kada dijete nije bilo plaćeno ili je novac odlazio drugima. I novac poslan roditeljima može biti eksploatacija.',
  ],
  'labour-law-breached': [
    'Je li bilo nečega što ti je obećano u vezi s poslom, a nije se desilo?',
    'Da, kada je rad kršio propise o radu djece (najniža dob, radno vrijeme, noćni rad, vrsta posla) ili ono što je dogovoreno.',
  ],
  'no-social-protection': ['Kad si bio bolestan ili bila bolesna, ili se povrijedio ili povrijedila, jesi li mogao ili mogla otići doktoru?'],
  'very-bad-working-conditions': ['Kako su se prema tebi odnosili na poslu? Je li neko bio grub ili nepravedan prema tebi?'],
  'wage-manipulation': ['Je li ti neko uzimao novac za hranu, za krevet ili kao kaznu?'],
  'no-access-to-education': [
    'Je li tamo bilo moguće ići u školu?',
    'Da, kada dijete nije moglo pohađati školu ili obuku zbog posla ili ljudi koji su ga kontrolirali.',
  ],
  'documents-confiscated': ['Kod koga su sada tvoj pasoš ili papiri? Bi li ti ih vratili da ih zatražiš?'],
  'debt-bondage': [
    'Je li neko rekao da ti ili tvoja porodica dugujete novac? Povećava li se taj dug ili smanjuje?',
    'Da, kada dug djeteta ili porodice tjera dijete da nastavi raditi. Računaju se i dugovi roditelja.',
  ],
  'isolation-or-surveillance': ['Je li bilo moguće izaći vani ili razgovarati s porodicom ili prijateljima kad god poželiš?'],
  violence: [
    'Je li te tamo neko ikada udario ili povrijedio na neki drugi način?',
    'Da, za svako fizičko ili seksualno nasilje ili grubo kažnjavanje. Ne tražite detaljnu izjavu; postupajte prema procedurama zaštite djeteta i ponudite medicinsku pomoć.',
  ],
  'illicit-activities': [
    'Jesu li te tjerali da radiš stvari kao što su uzimanje stvari od ljudi, prodaja ili prosjačenje?',
    'Da, kada je dijete bilo prisiljeno krasti, prositi, prenositi ili prodavati drogu ili činiti druga krivična djela. Dijete prisiljeno na kriminalne radnje je žrtva: recite to djetetu.',
  ],
  'forced-tasks-or-clients': ['Jesu li te tjerali da radiš stvari protiv svoje volje? Je li bilo moguće reći ne?'],
  'forced-against-peers': ['Je li neko ikada tražio od tebe da paziš na drugu djecu, da ih odaješ ili kažnjavaš?'],
  'forced-to-lie': ['Je li ti neko rekao šta da kažeš policiji, nastavnicima ili porodici?'],
  'denunciation-threat': ['Je li neko rekao da će te prijaviti policiji ako prestaneš ili ako nekome kažeš?'],
  'worse-conditions-threat': ['Šta su ti govorili da će se dogoditi ako ne uradiš ono što traže?'],
  'violence-threat': ['Je li ti neko tamo rekao da će te udariti ili povrijediti?'],
  'under-strong-influence': [
    'Ko je tamo odlučivao šta ćeš raditi svaki dan?',
    'Da, kada su eksploatatori kontrolirali dijete manipulacijom, strahom, naklonošću, ritualima, drogom ili alkoholom.',
  ],
  'family-harmed': ['Je li neko rekao da će povrijediti tvoju porodicu, ili im je nešto uradio?'],
  'wages-withheld': ['Je li neko zadržavao novac koji je bio za tebe, uz priču da će ti ga dati kasnije?'],
  'exposure-threat': ['Je li neko rekao da će tvojoj porodici ili drugima pričati o tebi, ili pokazati tvoje slike?'],
  'dependent-on-exploiters': ['Ko ti je tamo davao hranu, krevet i prijevoz?'],
  'unfamiliar-place': ['Jesi li poznavao ili poznavala to mjesto i tamošnji jezik? Jesi li znao ili znala ko ti može pomoći?'],
  'economic-hardship-at-destination': ['Kad bi sve to prestalo, kako biste se ti i tvoja porodica snašli?'],
  'family-situation-at-destination': [
    'Čeka li tvoja porodica novac od tebe, ili su htjeli da ostaneš tamo?',
    'Da, kada su očekivanja porodice, njena umiješanost ili njeno odsustvo otežavali djetetu da ode.',
  ],
  'status-with-authorities-at-destination': ['Da se tamo desi neki problem, je li policija mjesto gdje možeš potražiti pomoć? Zašto da ili zašto ne?'],
  'past-hardship-at-destination': ['Je li ti se ranije desilo nešto zbog čega ti je sada teško potražiti pomoć? Ne moraš mi reći šta.'],
  'personal-characteristics': ['Ponašaju li se ljudi tamo loše prema tebi zbog toga odakle si ili ko si?'],
};

/** Child sexual exploitation: where the child wording must also speak of sexual exploitation. */
const CHILD_SEXUAL: Readonly<Record<string, ChildEntry>> = {
  'excessive-hours': [
    'Kako je izgledao običan dan? Kad je počinjao, kad se završavao i je li bilo vremena za odmor?',
    'Da, kada je dijete bilo stavljano na raspolaganje drugima dugo, noću ili bez odmora. Svako seksualno iskorištavanje djeteta se računa, bez obzira na broj sati.',
  ],
  'hazardous-work': [
    'Je li ti tamo ikada prijetila opasnost, ili su te tjerali da uzimaš drogu ili alkohol?',
    'Da, kada je dijete bilo izloženo nasilju, nezaštićenim spolnim odnosima, drogi ili alkoholu. Nikada ne pitajte za pojedinosti spolnih radnji; osigurajte medicinsku pomoć.',
  ],
  'low-or-no-pay': [
    'Je li bilo novca ili poklona za tebe? Ko je zadržavao novac?',
    'Novac ili pokloni dati djetetu ne čine seksualnu eksploataciju prihvatljivom. Da, kada su drugi zadržavali zaradu.',
  ],
  'forced-tasks-or-clients': [
    'Jesu li te tjerali da budeš s nekim ljudima ili da radiš stvari protiv svoje volje? Je li bilo moguće reći ne?',
    'Da, kada dijete nije moglo odbiti osobe ili radnje. Nikada ne tražite opis; dijete ne može pristati na seksualnu eksploataciju.',
  ],
  'exposure-threat': [
    'Je li neko rekao da će reći tvojoj porodici ili drugima, ili pokazati tvoje slike ili snimke?',
    'Da, kada su korištene prijetnje otkrivanjem onoga što se desilo ili dijeljenjem snimaka. Snimke djeteta obavezno prijavite prema procedurama zaštite djeteta.',
  ],
};

function entry(id: string, sexual: boolean): Entry {
  const base = (sexual ? SEXUAL[id] : undefined) ?? BASE[id];
  if (!base) throw new Error(`no Bosnian text for indicator ${id}`);
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
      if (!c) throw new Error(`no Bosnian child question for indicator ${id}`);
      out[id] = { text, question: c[0], guidance: c[1] ?? guidance };
    }
  }
  return out;
}

export const BS: InstrumentTexts = {
  instruments: {
    'adult-labour': {
      title: 'Odrasli: radna eksploatacija',
      description:
        'Indikatori trgovine odraslim osobama radi prisilnog rada, u bilo kojoj djelatnosti (poljoprivreda, građevina, rad u domaćinstvu, fabrike, usluge).',
    },
    'adult-sexual': {
      title: 'Odrasli: seksualna eksploatacija',
      description: 'Indikatori trgovine odraslim osobama radi seksualne eksploatacije, uključujući prisilnu prostituciju.',
    },
    'child-labour': {
      title: 'Djeca: radna eksploatacija',
      description:
        'Indikatori trgovine djecom (mlađom od 18 godina) radi radne eksploatacije, prisilnog prosjačenja i prisile na činjenje krivičnih djela. Kod djeteta nije potrebno dokazivati sredstva.',
    },
    'child-sexual': {
      title: 'Djeca: seksualna eksploatacija',
      description:
        'Indikatori trgovine djecom (mlađom od 18 godina) radi seksualne eksploatacije. Dijete ne može pristati na seksualnu eksploataciju; sredstva nije potrebno dokazivati. Postupajte prema procedurama zaštite djeteta.',
    },
  },
  dimensions: {
    'deceptive-recruitment': {
      title: 'Vrbovanje putem obmane',
      description: 'Osoba je vrbovana ili premještena uz lažna obećanja o poslu, uslovima ili situaciji.',
    },
    'coercive-recruitment': {
      title: 'Vrbovanje putem prisile',
      description: 'Osoba je vrbovana ili premještena silom, prijetnjama ili drugim oblicima prisile.',
    },
    'recruitment-abuse-of-vulnerability': {
      title: 'Vrbovanje zloupotrebom ranjivosti',
      description: 'Vrbovatelj je iskoristio situaciju u kojoj osoba nije imala mnogo stvarnog izbora.',
    },
    'exploitative-conditions': { title: 'Eksploatatorski uslovi', description: 'Uslovi rada ili života u mjestu odredišta predstavljaju eksploataciju.' },
    'coercion-at-destination': { title: 'Prisila u mjestu odredišta', description: 'Sila, prijetnje ili drugi oblici prisile drže osobu u toj situaciji.' },
    'abuse-of-vulnerability-at-destination': {
      title: 'Zloupotreba ranjivosti u mjestu odredišta',
      description: 'Ovisnost ili ranjivost osobe koristi se kako bi se ona zadržala u toj situaciji.',
    },
  },
  indicators: {
    'adult-labour': indicatorTexts(INSTRUMENTS['adult-labour']),
    'adult-sexual': indicatorTexts(INSTRUMENTS['adult-sexual']),
    'child-labour': indicatorTexts(INSTRUMENTS['child-labour']),
    'child-sexual': indicatorTexts(INSTRUMENTS['child-sexual']),
  },
};
