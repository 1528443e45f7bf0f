/**
 * Serbian (latinica, ekavski) texts of the screening instruments. Same layout as en.ts: entries are
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
  // Vrbovanje obmanom
  'deceived-nature-of-job': [
    'Obmana o vrsti posla, mestu rada ili poslodavcu',
    'Šta vam je rečeno kakav ćete posao raditi, gde i za koga? Kako se to poklapa sa onim što se zaista desilo?',
    'Da, ako su se posao, mesto ili poslodavac pokazali drugačijim od onoga što je osobi rečeno. Pustite osobu da svojim rečima opiše i jedno i drugo pre nego što ih uporedite.',
  ],
  'deceived-working-conditions': [
    'Obmana o uslovima rada',
    'Šta vam je rečeno o radnom vremenu, slobodnim danima i uslovima rada?',
    'Da, ako su radno vreme, odmor ili uslovi bili znatno gori od obećanih. Manje razlike kakve postoje na svakom poslu se ne računaju.',
  ],
  'deceived-conditions-of-prostitution': [
    'Obmana o uslovima u prostituciji',
    'Šta vam je rečeno o poslu pre nego što ste počeli, na primer koliko sati, koliko klijenata i o čemu ćete sami odlučivati?',
    'Da, ako je osoba znala da će se baviti prostitucijom, ali je obmanuta o uslovima (radno vreme, klijenti, prakse, zarada, sloboda da prestane). Pitajte bez osuđivanja samog posla.',
  ],
  'deceived-contract': [
    'Obmana o sadržini ili zakonitosti ugovora',
    'Da li je postojao ugovor ili neki dogovor? Šta je u njemu pisalo i da li je ispoštovan?',
    'Da, ako je ugovor bio lažan, izmenjen po dolasku, sastavljen na jeziku koji osoba ne razume ili pravno nevažeći. I usmeno obećanje se računa ako je bilo namerno lažno.',
  ],
  'deceived-family-reunification': [
    'Obmana obećanjem spajanja sa porodicom',
    'Da li vam je neko rekao da ćete, ako odete tamo, moći da budete sa svojom porodicom? Šta se desilo?',
    'Da, ako je obećanje o spajanju sa članovima porodice iskorišćeno za vrbovanje, a nije ispunjeno.',
  ],
  'deceived-housing': [
    'Obmana o smeštaju i uslovima života',
    'Šta vam je rečeno o tome gde ćete živeti i kako je bilo kada ste stigli?',
    'Da, ako je smeštaj bio mnogo gori od obećanog ili je njegova cena bila prećutana.',
  ],
  'deceived-legal-status': [
    'Obmana o dokumentima ili dozvoli boravka ili rada',
    'Šta vam je rečeno o vizama, dozvolama ili dokumentima za put i za posao?',
    'Da, ako je osobi rečeno da će imati važeća dokumenta ili regulisan boravak, a nije ih imala, ili su joj govorene neistine o dokumentima koje ima.',
  ],
  'deceived-travel-and-recruitment': [
    'Obmana o putovanju ili uslovima vrbovanja',
    'Šta vam je rečeno o tome kako ćete putovati i koliko će vas to koštati? Ko je platio i kako?',
    'Da, ako su putni pravac, troškovi puta ili naknade za posredovanje, odnosno ko ih snosi, lažno predstavljeni.',
  ],
  'deceived-wages': [
    'Obmana o zaradi',
    'Koliko vam je rečeno da ćete zarađivati, a koliko ste zaista dobili?',
    'Da, ako je primljena zarada bila znatno niža od obećane ili su odbici bili prećutani. O iznosima pitajte smireno; ljudi se često stide kada je novac u pitanju.',
  ],
  'deceived-education-access': [
    'Obmana o školovanju ili obuci',
    'Da li vam je neko obećao da ćete tamo moći da idete u školu ili da izučite zanat? Šta se desilo?',
    'Da, ako je obećanje školovanja, obuke ili studija iskorišćeno za vrbovanje deteta, a nije ispunjeno.',
  ],
  'deceived-marriage-or-adoption': [
    'Obmana obećanjem braka ili usvojenja',
    'Da li je neko obećao da će stupiti u brak sa vama ili da će vas primiti u svoju porodicu? Šta se posle toga desilo?',
    'Da, ako je obećani brak, veza ili usvojenje bio izgovor za premeštanje ili eksploataciju osobe. Budite obzirni: osoba može i dalje biti vezana za vrbovaoca.',
  ],
  // Vrbovanje prinudom
  'abduction-or-sale': [
    'Otmica, prinudni brak ili usvojenje, ili prodaja',
    'Kako je došlo do toga da napustite dom? Da li ste imali izbor da li ćete otići?',
    'Da, ako je osoba oteta, prinuđena na brak ili usvojenje, ili predata za novac ili robu. Ne insistirajte na pojedinostima događaja; ovde je dovoljno to što se desio.',
  ],
  'recruited-by-violence': [
    'Nasilje upotrebljeno da bi osoba otišla',
    'Da li vas je neko povredio da biste otišli, ili tokom putovanja?',
    'Da, za fizičko ili seksualno nasilje upotrebljeno radi vrbovanja ili premeštanja osobe. Ne tražite potpun opis; zabeležite samo ono što osoba sama kaže.',
  ],
  'documents-taken-at-recruitment': [
    'Lična dokumenta oduzeta tokom vrbovanja ili putovanja',
    'Ko je držao vaš pasoš ili ličnu kartu pre i tokom putovanja?',
    'Da, ako je neko drugi držao dokumenta protivno volji osobe ili ih nije vratio kada ih je tražila.',
  ],
  'debt-at-recruitment': [
    'Dug kojim je osoba vezana od samog početka',
    'Da li ste nekome dugovali novac za posao ili putovanje? Kako je trebalo da ga vratite?',
    'Da, ako je dug za naknade, put ili dokumenta nastao pri vrbovanju i iskorišćen da bi osoba otišla ili ostala.',
  ],
  'isolated-at-recruitment': [
    'Izolacija, zatvaranje ili nadzor tokom vrbovanja ili putovanja',
    'Da li ste tokom putovanja mogli da idete kuda želite i da se javite kome želite?',
    'Da, ako je osoba tokom vrbovanja ili putovanja bila zaključana, odvojena od drugih ili pod nadzorom kako ne bi otišla.',
  ],
  'denunciation-threat-at-recruitment': [
    'Pretnja prijavljivanjem nadležnim organima',
    'Da li je neko rekao da će vas prijaviti policiji ili imigracionim službama ako ne pristanete?',
    'Da, ako je pretnja prijavljivanjem policiji, imigracionim ili drugim organima iskorišćena da bi osoba otišla.',
  ],
  'violence-threat-at-recruitment': [
    'Pretnja nasiljem da bi osoba otišla',
    'Da li je neko rekao da će vas povrediti ako ne odete?',
    'Da, za svaku pretnju fizičkim ili seksualnim nasiljem prema osobi upotrebljenu pri vrbovanju.',
  ],
  'exposure-threat-at-recruitment': [
    'Pretnja razotkrivanjem pred porodicom, zajednicom ili javnošću',
    'Da li je neko rekao da će vašoj porodici ili drugima reći nešto o vama ako ne odete?',
    'Da, ako su pretnje otkrivanjem informacija, fotografija ili položaja osobe korišćene da se na nju izvrši pritisak.',
  ],
  'family-harmed-at-recruitment': [
    'Nanošenje zla porodici ili pretnje porodici',
    'Da li je neko pretio nekome iz vaše porodice ili ga povredio da biste otišli?',
    'Da, ako su rođaci povređeni ili im je prećeno kako bi osoba bila primorana da ode. Osoba se možda i dalje plaši za njih: pitajte da li su sada bezbedni.',
  ],
  'money-withheld-at-recruitment': [
    'Zadržavanje novca da bi osoba otišla',
    'Da li je neko pre vašeg odlaska zadržao novac koji je bio vaš ili koji vam je dugovao?',
    'Da, ako su novac ili zarada osobe zadržani da bi se na nju izvršio pritisak da ode.',
  ],
  // Vrbovanje zloupotrebom ranjivosti
  'abused-family-difficulty': [
    'Zloupotrebljena teška porodična situacija',
    'Kako je bilo kod kuće pre nego što ste otišli?',
    'Da, ako je vrbovalac znao za tešku porodičnu situaciju (nasilje, bolest, dugovi, sukobi) i iskoristio je da privuče osobu.',
  ],
  'abused-irregular-status': [
    'Zloupotrebljen neregularan migracioni status',
    'Pre ovog posla, da li ste imali dokumenta za boravak ili rad tamo gde ste bili? Da li je osoba koja vas je vrbovala to znala?',
    'Da, ako je vrbovalac iskoristio to što osoba nema regulisan status da bi je vrbovao pod gorim uslovima ili naterao da ćuti.',
  ],
  'abused-lack-of-education': [
    'Zloupotrebljeno nisko obrazovanje ili malo radnog iskustva',
    'Koliko ste škole i radnog iskustva imali ranije? Da li vam je zbog toga bilo teže da proverite ono što vam je rečeno?',
    'Da, ako je vrbovalac iskoristio ograničeno obrazovanje, nepismenost ili malo radnog iskustva osobe da bi je obmanuo ili izvršio pritisak na nju.',
  ],
  'abused-lack-of-information': [
    'Zloupotrebljena neobaveštenost',
    'Pre odlaska, šta ste znali o mestu u koje idete i o svojim pravima tamo?',
    'Da, ako je vrbovalac iskoristio to što osoba ne poznaje jezik, zakone, zemlju ili ne zna kome da se obrati za pomoć.',
  ],
  'controlled-by-exploiters': [
    'Osoba je već bila pod kontrolom eksploatatora',
    'Da li su ljudi koji su vas vrbovali već pre odlaska odlučivali o vašem životu? Na koji način?',
    'Da, ako su vrbovaoci već kontrolisali osobu (kroz vezu, dug, porodicu ili grupu) u trenutku vrbovanja.',
  ],
  'economic-hardship': [
    'Zloupotrebljeno siromaštvo ili nedostatak prihoda',
    'Kakva je bila vaša situacija sa novcem i poslom pre nego što ste otišli?',
    'Da, ako je osoba zbog teške materijalne oskudice imala malo stvarnog izbora, a vrbovalac je to iskoristio.',
  ],
  'misinformed-about-law': [
    'Lažne informacije o zakonima ili nadležnim organima',
    'Šta vam je rečeno o policiji ili zakonima u mestu u koje ste išli?',
    'Da, ako su osobi govorene neistine (na primer da će je policija uhapsiti ili da je posao legalan iako nije) da bi otišla ili ostala.',
  ],
  'misinformed-about-migration': [
    'Lažne priče o uspešnoj migraciji',
    'Šta su vam ljudi pričali o drugima koji su tamo otišli pre vas?',
    'Da, ako su izmišljene ili preuveličane priče o uspehu drugih migranata korišćene da se osoba ubedi.',
  ],
  'family-situation': [
    'Ranjiva porodična situacija u vreme vrbovanja',
    'Ko je zavisio od vas, ili od koga ste vi zavisili, u vreme kada ste otišli?',
    'Da, ako je porodična situacija (izdržavani članovi porodice, gubitak roditelja ili partnera, pritisak porodice) učinila osobu podložnom ponudi.',
  ],
  'personal-situation': [
    'Ranjiva lična situacija u vreme vrbovanja',
    'Da li vam je nešto bilo posebno teško u vreme kada ste otišli, na primer zdravlje ili mesto gde ste živeli?',
    'Da, ako su bolest, invaliditet, bolest zavisnosti, beskućništvo, trudnoća ili slične okolnosti učinile osobu ranjivom. Osoba ne mora da navodi pojedinosti.',
  ],
  'emotional-dependency': [
    'Emocionalna ili psihološka zavisnost od vrbovaoca',
    'Kako biste opisali svoj odnos sa osobom koja vam je pomogla da odete?',
    'Da, ako je osoba emocionalno zavisila od vrbovaoca (partnera, rođaka, osobe od poverenja) i to je iskorišćeno. Izbegavajte svako okrivljavanje.',
  ],
  'status-with-authorities': [
    'Zloupotrebljen nepovoljan položaj prema nadležnim organima',
    'Pre odlaska, da li ste se iz bilo kog razloga plašili policije ili drugih organa vlasti?',
    'Da, ako su strah ili nepoverenje prema organima vlasti, ili slab pravni položaj, iskorišćeni pri vrbovanju.',
  ],
  'general-context': [
    'Opšte teške prilike',
    'Kakav je bio život tamo gde ste ranije živeli, na primer u pogledu posla, bezbednosti ili sukoba?',
    'Da, ako osoba dolazi iz sredine pogođene sukobom, katastrofom, diskriminacijom ili raširenim siromaštvom. Sam za sebe, ovaj indikator ima malu težinu.',
  ],
  'past-hardship': [
    'Teškoće u prošlosti',
    'Da li ste i ranije prolazili kroz teška vremena, ako vam nije neprijatno da o tome govorite?',
    'Da, ako su ranija trauma, zlostavljanje, boravak u ustanovi socijalne zaštite ili eksploatacija olakšali vrbovanje osobe. Ne pitajte za pojedinosti ranijeg zlostavljanja.',
  ],
  'travel-difficulty': [
    'Osoba nije mogla da organizuje put bez vrbovaoca',
    'Da li biste mogli sami da organizujete put, ili vam je bio potreban neko da ga organizuje umesto vas?',
    'Da, ako je osoba zavisila od vrbovaoca kada je u pitanju put (dokumenta, karte, putni pravac, novac), što je vrbovaocu davalo moć nad njom.',
  ],
  'abused-cultural-beliefs': [
    'Zloupotrebljena kulturna ili verska uverenja',
    'Da li su ljudi koji su vas vrbovali koristili verovanja, običaje ili veru da bi vas ubedili, na primer zakletvu, ritual ili obavezu prema porodici?',
    'Da, ako su verovanja, običaji ili verske prakse (zakletva, ritual, osećaj dužnosti) korišćeni da bi se osoba ubedila ili vezala. Kada pitate, poštujte uverenja osobe.',
  ],
  // Eksploatatorski uslovi
  'excessive-hours': [
    'Prekomerno radno vreme ili broj radnih dana',
    'Koliko sati dnevno i koliko dana nedeljno ste radili? Da li ste mogli da se odmorite kada vam je bilo potrebno?',
    'Da, ako su radni sati ili dani daleko premašivali zakonom dozvoljeno ili osoba nije mogla da se odmori ni da odbije. Pitajte kako izgleda uobičajen dan, a ne za ukupan broj sati.',
  ],
  'hazardous-work': [
    'Opasan rad',
    'Da li je posao nekada bio opasan, da li ste se zbog njega povredili ili razboleli? Da li ste dobili zaštitnu opremu?',
    'Da, ako je posao izlagao osobu opasnosti po zdravlje ili bezbednost bez zaštite ili obuke.',
  ],
  'bad-living-conditions': [
    'Veoma loši uslovi života',
    'Gde ste spavali i jeli i ko je o tome odlučivao?',
    'Da, ako su smeštaj, hrana ili higijena bili ponižavajući ili nebezbedni, ili osoba o tome nije mogla ništa da odluči.',
  ],
  'low-or-no-pay': [
    'Veoma niska zarada ili bez zarade',
    'Koliko ste bili plaćeni i koliko često? Da li ste novac primali lično?',
    'Da, ako zarade nije bilo, ako je bila daleko ispod minimalne ili je isplaćivana nekom drugom umesto osobi.',
  ],
  'labour-law-breached': [
    'Nepoštovanje propisa o radu ili ugovora',
    'Da li je nešto što je sa vama dogovoreno o poslu kasnije promenjeno ili nije ispoštovano?',
    'Da, ako je poslodavac kršio propise o radu ili dogovorene uslove (pauze, odmor, bezbednost, otkazni rok).',
  ],
  'no-social-protection': [
    'Bez socijalne zaštite',
    'Ako biste se razboleli ili povredili, da li ste mogli da odete kod lekara i da li ste imali bilo kakvo osiguranje?',
    'Da, ako osoba nije imala ugovor, zdravstveno ni socijalno osiguranje, niti pristup zdravstvenoj zaštiti.',
  ],
  'very-bad-working-conditions': [
    'Veoma loši uslovi rada',
    'Kako je bilo na poslu, na primer kako su se ophodili prema vama i šta ste smeli da radite tokom dana?',
    'Da, ako su uslovi rada bili ponižavajući ili daleko ispod uobičajenih standarda.',
  ],
  'wage-manipulation': [
    'Manipulisanje zaradom',
    'Da li vam je od plate nešto odbijano, na primer za stanarinu, hranu, kazne ili dugove? Ko je odlučivao koliko?',
    'Da, ako je poslodavac proizvoljno odbijao iznose, izricao kazne ili menjao zaradu tako da je osoba malo zarađivala ili ostajala u dugu.',
  ],
  'no-access-to-education': [
    'Bez pristupa obrazovanju',
    'Da li ste, dok ste bili tamo, mogli da idete u školu ili na obuku?',
    'Da, ako je osoba bila sprečena da pohađa školovanje ili obuku koju je želela ili na koju je imala pravo.',
  ],
  // Prinuda u mestu odredišta
  'documents-confiscated': [
    'Oduzeta lična dokumenta',
    'Ko sada ima vaš pasoš ili ličnu kartu? Da li biste ih dobili nazad kada biste ih zatražili?',
    'Da, ako je poslodavac ili neko drugi zadržao dokumenta i nije hteo da ih vrati na zahtev.',
  ],
  'debt-bondage': [
    'Dužničko ropstvo',
    'Da li tamo nekome dugujete novac? Kako se iznos duga menja vremenom?',
    'Da, ako se dug koji raste ili koji realno ne može da se otplati koristi da bi osoba nastavila da radi.',
  ],
  'isolation-or-surveillance': [
    'Izolacija, zatvaranje ili nadzor',
    'Da li ste mogli da izađete kada ste hteli i da razgovarate sa kim ste hteli, uključujući i telefonom?',
    'Da, ako je osoba bila zaključana, svuda praćena, ako joj je oduzet telefon ili je bila pod nadzorom kako ne bi otišla ili razgovarala sa drugima.',
  ],
  violence: [
    'Nasilje nad osobom',
    'Da li vas je tamo neko ikada povredio?',
    'Da, za svako fizičko ili seksualno nasilje poslodavaca, eksploatatora ili onih koji rade za njih. Ne tražite detaljan opis; ponudite medicinsku pomoć.',
  ],
  'illicit-activities': [
    'Prinuda na nezakonite ili kriminalne aktivnosti',
    'Da li ste ikada bili primorani da radite nešto za šta ste znali, ili kasnije saznali, da je protivzakonito?',
    'Da, ako je osoba bila primorana da krade, prodaje drogu, prosi ili vrši druga krivična dela. Uverite osobu da se ovo pita da bi se ona zaštitila, a ne da bi bila optužena.',
  ],
  'forced-tasks-or-clients': [
    'Prinuda na poslove na koje osoba nije pristala',
    'Da li ste morali da radite poslove na koje niste pristali, ili ste mogli da odbijete?',
    'Da, ako je osoba morala da obavlja poslove izvan dogovorenog i nije mogla da ih odbije bez posledica.',
  ],
  'forced-against-peers': [
    'Prinuda na postupanje protiv drugih radnika',
    'Da li je od vas ikada traženo da nadzirete, kažnjavate ili prijavljujete druge ljude koji su tamo radili?',
    'Da, ako je osoba bila primorana da kontroliše, vrbuje, kažnjava ili prijavljuje druge žrtve.',
  ],
  'forced-to-lie': [
    'Prinuda na laganje nadležnim organima, porodici ili drugima',
    'Da li vam je rečeno šta da kažete policiji, inspektorima ili porodici o svojoj situaciji?',
    'Da, ako je osoba pod pritiskom dobila uputstvo da lažno prikaže svoju situaciju.',
  ],
  'denunciation-threat': [
    'Pretnja prijavljivanjem nadležnim organima',
    'Da li je neko rekao da će vas prijaviti policiji ili imigracionim službama ako prestanete da radite ili se požalite?',
    'Da, ako je pretnja prijavljivanjem korišćena da bi osoba nastavila da radi ili ćutala.',
  ],
  'worse-conditions-threat': [
    'Pretnja još gorim uslovima',
    'Šta su vam tamo govorili da će se desiti ako se požalite ili ne uradite ono što žele?',
    'Da, ako je osobi prećeno težim poslom, gorim postupanjem, preprodajom ili premeštanjem na drugo mesto.',
  ],
  'violence-threat': [
    'Pretnja nasiljem',
    'Da li je neko tamo rekao da će vas povrediti?',
    'Da, za svaku pretnju fizičkim ili seksualnim nasiljem prema osobi.',
  ],
  'under-strong-influence': [
    'Pod snažnim uticajem eksploatatora',
    'Ko je tamo odlučivao o vašem svakodnevnom životu?',
    'Da, ako su eksploatatori kontrolisali osobu manipulacijom, ritualima, drogom, alkoholom ili emotivnim vezivanjem, tako da nije mogla slobodno da odlučuje.',
  ],
  'family-harmed': [
    'Nanošenje zla porodici ili pretnje porodici',
    'Da li je neko pretio vašoj porodici ili joj nešto učinio zbog vašeg rada tamo?',
    'Da, ako su rođaci povređeni ili im je prećeno kako bi osoba nastavila da radi. Proverite da li je porodici potrebna zaštita.',
  ],
  'wages-withheld': [
    'Zadržavanje zarade',
    'Da li vam je deo zarade zadržavan, na primer „da bude na sigurnom“ ili do kraja?',
    'Da, ako je zarada zadržavana, odlagana ili obećavana „za kasnije“ kako osoba ne bi mogla da ode.',
  ],
  'exposure-threat': [
    'Pretnja razotkrivanjem pred porodicom, zajednicom ili javnošću',
    'Da li je neko rekao da će vašoj porodici ili drugima ispričati o vašem poslu ili vašoj situaciji?',
    'Da, ako su pretnje otkrivanjem informacija ili fotografija korišćene da se osoba drži pod kontrolom.',
  ],
  // Zloupotreba ranjivosti u mestu odredišta
  'dependent-on-exploiters': [
    'Zavisnost od eksploatatora',
    'Ko vam je tamo obezbeđivao hranu, krevet i prevoz?',
    'Da, ako je osoba zavisila od eksploatatora kada su u pitanju smeštaj, hrana, posao, dokumenta ili kontakt sa spoljnim svetom.',
  ],
  'unfamiliar-place': [
    'Teškoće života u nepoznatoj sredini',
    'Koliko ste poznavali to mesto i jezik? Da li ste znali gde možete da dobijete pomoć?',
    'Da, ako je osoba ostajala zavisna zato što nije znala jezik, mesto ili kome da se obrati za pomoć.',
  ],
  'economic-hardship-at-destination': [
    'Materijalna oskudica zadržava osobu u situaciji',
    'Ako biste prestali da radite ovaj posao, kako biste se snašli sa novcem?',
    'Da, ako je materijalna oskudica osobe ili njene porodice korišćena da bi se osoba zadržala u situaciji.',
  ],
  'family-situation-at-destination': [
    'Porodične prilike zadržavaju osobu u situaciji',
    'Da li neko iz vaše porodice računa na vas ili na novac koji šaljete?',
    'Da, ako su porodične obaveze ili umešanost članova porodice otežavali osobi da ode.',
  ],
  'status-with-authorities-at-destination': [
    'Slab položaj prema nadležnim organima zadržava osobu u situaciji',
    'Ako biste tamo imali problem, da li biste otišli u policiju? Zašto tako mislite?',
    'Da, ako su neregularan status ili strah od organa vlasti korišćeni da osoba ne bi potražila pomoć.',
  ],
  'past-hardship-at-destination': [
    'Teškoće iz prošlosti otežavaju odlazak',
    'Da li postoji nešto iz ranijeg perioda zbog čega vam je sada teško da odete ili da potražite pomoć?',
    'Da, ako se ranija trauma, zlostavljanje, eksploatacija ili povratak kući koji se loše završio koriste da bi se osoba zadržala u situaciji. Ne pitajte za pojedinosti.',
  ],
  'personal-characteristics': [
    'Pripadnost grupi izloženoj diskriminaciji',
    'Da li se ljudi tamo prema vama ponašaju drugačije zbog toga ko ste, na primer zbog vašeg porekla, vere ili identiteta?',
    'Da, ako osoba pripada grupi koja je izložena diskriminaciji ili isključenosti (etnička manjina, seksualna orijentacija ili rodni identitet, invaliditet), a to se koristi da bi ostala zavisna.',
  ],
};

/** Seksualna eksploatacija: where the statement, the question or the guidance must differ. */
const SEXUAL: Readonly<Record<string, Entry>> = {
  'excessive-hours': [
    'Prekomerno radno vreme ili broj klijenata',
    'Koliko sati dnevno i koliko dana nedeljno ste morali da radite? Da li ste mogli da se odmorite kada vam je bilo potrebno?',
    'Da, ako radni sati, dani ili broj klijenata nisu ostavljali stvarni odmor ni izbor. Pitajte kako izgleda uobičajen dan; ne pitajte za intimne pojedinosti.',
  ],
  'hazardous-work': [
    'Opasni uslovi, uključujući nezaštićene seksualne odnose',
    'Da li ste na poslu ikada bili u opasnosti, na primer od klijenata, ili ste bili primorani na seksualne odnose bez zaštite?',
    'Da, ako je osoba bila izložena nasilju klijenata, nezaštićenim seksualnim odnosima ili drogi ili alkoholu na koje je bila nagovarana.',
  ],
  'low-or-no-pay': [
    'Veoma mala zarada ili bez zarade',
    'Od novca koji su klijenti plaćali, koliko ste zadržavali za sebe?',
    'Da, ako je sva zarada ili njen veći deo odlazio drugima ili osoba nikada nije raspolagala novcem.',
  ],
  'labour-law-breached': [
    'Nepoštovanje dogovorenih uslova',
    'Da li je nešto što ste dogovorili o poslu kasnije promenjeno ili nije ispoštovano?',
    'Da, ako nije poštovano ono na šta je osoba pristala (radno vreme, klijenti, prakse, udeo u zaradi, sloboda da prestane).',
  ],
  'very-bad-working-conditions': [
    'Veoma loši i ponižavajući uslovi',
    'Kako je bilo tamo gde ste radili i kako su se prema vama ophodili?',
    'Da, ako su uslovi bili ponižavajući, degradirajući ili nebezbedni. Zabeležite samo ono što osoba odluči da kaže.',
  ],
  'wage-manipulation': [
    'Manipulisanje zaradom',
    'Da li vam je od zarade nešto oduzimano, na primer za stanarinu, hranu, kazne ili dugove? Ko je odlučivao koliko?',
    'Da, ako su proizvoljni odbici, kazne ili „dugovi“ doveli do toga da osoba zarađuje malo ili ništa.',
  ],
  'forced-tasks-or-clients': [
    'Prinuda na prihvatanje klijenata ili radnji',
    'Da li ste mogli da birate ili odbijete klijente, ili da odbijete ono što niste želeli da radite?',
    'Da, ako osoba nije mogla bez posledica da odbije klijente ili određene seksualne radnje. Ne tražite opis tih radnji.',
  ],
  'forced-against-peers': [
    'Prinuda na postupanje protiv drugih žena, muškaraca ili dece',
    'Da li je od vas ikada traženo da nadzirete, vrbujete ili prijavljujete druge ljude koji su tamo radili?',
    'Da, ako je osoba bila primorana da kontroliše, vrbuje, kažnjava ili prijavljuje druge žrtve.',
  ],
  'exposure-threat': [
    'Pretnja otkrivanjem prostitucije porodici ili zajednici',
    'Da li je neko rekao da će reći vašoj porodici ili drugima, ili podeliti vaše fotografije?',
    'Da, ako su pretnje otkrivanjem prostitucije ili deljenjem snimaka korišćene da se osoba drži pod kontrolom.',
  ],
  'exposure-threat-at-recruitment': [
    'Pretnja razotkrivanjem pred porodicom, zajednicom ili javnošću',
    'Da li je neko rekao da će vašoj porodici ili drugima reći nešto o vama, ili podeliti fotografije, ako ne odete?',
    'Da, ako su pretnje otkrivanjem informacija ili snimaka korišćene da se na osobu izvrši pritisak da ode.',
  ],
};

/** For children and adolescents: questions in simpler words, and guidance where it differs. */
const CHILD: Readonly<Record<string, ChildEntry>> = {
  'deceived-nature-of-job': ['Šta su ti ljudi rekli da ćeš tamo raditi? Da li je bilo tako?'],
  'deceived-working-conditions': ['Šta su ti rekli o tome koliko ćeš dugo raditi svakog dana i kada ćeš moći da se odmoriš?'],
  'deceived-conditions-of-prostitution': [
    'Šta su ti ljudi rekli da će se tamo dešavati? Da li je bilo tako?',
    'Svako seksualno iskorišćavanje deteta jeste eksploatacija, bez obzira na to šta je detetu rečeno. Da, ako je dete obmanuto o tome šta će se dešavati; nikada ne pitajte za pojedinosti seksualnih radnji.',
  ],
  'deceived-contract': ['Da li ste ti ili tvoji roditelji potpisali neki papir ili se nešto dogovorili oko posla? Šta je tu pisalo?'],
  'deceived-family-reunification': ['Da li ti je neko rekao da ćeš tamo biti sa mamom, tatom ili nekim drugim iz porodice?'],
  'deceived-housing': ['Šta su ti rekli o tome gde ćeš živeti? Kako je zaista bilo?'],
  'deceived-legal-status': ['Da li ti je neko rekao da ćeš imati prave papire da možeš tamo da ostaneš?'],
  'deceived-travel-and-recruitment': ['Kako je izgledao put do tamo? Šta su ti rekli o putovanju?'],
  'deceived-wages': [
    'Da li je tebi ili tvojoj porodici rečeno da ćeš dobijati novac? Da li je tako i bilo?',
    'Da, ako novac obećan detetu ili porodici nije isplaćen ili je bio mnogo manji. Računaju se i obećanja data roditeljima.',
  ],
  'deceived-education-access': ['Da li ti je neko rekao da ćeš tamo moći da ideš u školu ili nešto da naučiš? Da li je tako bilo?'],
  'deceived-marriage-or-adoption': ['Da li je neko rekao da će stupiti u brak sa tobom, ili da ćeš živeti sa novom porodicom? Šta se desilo?'],
  'abduction-or-sale': [
    'Kako se desilo da odeš od kuće? Da li te je neko pitao da li želiš da ideš?',
    'Da, ako je dete oteto, prinuđeno na brak ili usvojenje, ili predato za novac ili robu, pa i kada su to učinili rođaci. Ne insistirajte na pojedinostima.',
  ],
  'recruited-by-violence': ['Da li te je neko povredio da bi te naterao da odeš, ili usput?'],
  'documents-taken-at-recruitment': ['Ko je usput čuvao tvoje papire, na primer pasoš?'],
  'debt-at-recruitment': [
    'Da li je neko rekao da ti ili tvoja porodica dugujete novac za put?',
    'Da, ako je dug deteta ili porodice iskorišćen da bi dete otišlo. Računaju se i dugovi roditelja.',
  ],
  'isolated-at-recruitment': ['Da li je usput bilo moguće da pričaš sa porodicom ili drugim ljudima kada poželiš?'],
  'denunciation-threat-at-recruitment': ['Da li je neko rekao da će te prijaviti policiji ako ne odeš?'],
  'violence-threat-at-recruitment': ['Da li je neko rekao da će te udariti ili povrediti ako ne pođeš sa njima?'],
  'exposure-threat-at-recruitment': ['Da li je neko rekao da će tvojoj porodici ili drugima reći nešto o tebi, ili pokazati tvoje slike?'],
  'family-harmed-at-recruitment': ['Da li je neko povredio ili uplašio nekoga iz tvoje porodice da bi te naterao da odeš?'],
  'money-withheld-at-recruitment': ['Da li je neko pre odlaska zadržao novac koji je pripadao tebi ili tvojoj porodici?'],
  'abused-family-difficulty': [
    'Kako je bilo kod kuće pre tvog odlaska? Da li je nešto bilo teško?',
    'Da, ako je teška situacija kod kuće (nasilje, zanemarivanje, bolest, gubitak roditelja) iskorišćena da se dete privuče.',
  ],
  'abused-irregular-status': ['Pre odlaska, da li ste ti ili tvoja porodica imali papire da živite tamo gde ste bili?'],
  'abused-lack-of-education': ['Kako je bilo sa školom pre toga? Da li ti je bilo lako da pročitaš ono što su ti ljudi davali?'],
  'abused-lack-of-information': ['Pre odlaska, šta ti je bilo poznato o mestu u koje ideš?'],
  'controlled-by-exploiters': ['Da li su ti ljudi koji su te odveli već pre odlaska govorili šta da radiš?'],
  'economic-hardship': ['Pre odlaska, da li je tvoja porodica imala dovoljno novca za hranu i druge stvari koje su vam bile potrebne?'],
  'misinformed-about-law': ['Šta su ti ljudi pričali o tamošnjoj policiji?'],
  'misinformed-about-migration': ['Šta su ljudi pričali o drugoj deci ili mladima koji su tamo otišli pre tebe?'],
  'family-situation': [
    'Ko je živeo sa tobom pre odlaska? Ko je brinuo o tebi?',
    'Da, ako je dete bilo bez roditeljskog staranja, odvojeno od porodice, bez roditelja, ili ga je porodica terala da ode.',
  ],
  'personal-situation': ['Da li ti je u to vreme nešto bilo teško, na primer bolest ili to što nije bilo mesta gde da spavaš?'],
  'emotional-dependency': [
    'Ko je bila osoba koja ti je pomogla da odeš? Kakva su bila tvoja osećanja prema njoj?',
    'Da, ako je dete verovalo vrbovaocu ili bilo vezano za njega (dečko ili devojka, rođak, stariji prijatelj) i to je iskorišćeno. Nikada ne okrivljujte dete.',
  ],
  'status-with-authorities': ['Pre odlaska, da li te je iz nekog razloga bilo strah policije ili drugih odraslih koji imaju vlast?'],
  'general-context': ['Kako je bilo tamo gde je ranije bio tvoj dom, na primer da li je bilo bezbedno?'],
  'past-hardship': [
    'Da li su ti se i pre ovoga dešavale teške stvari? Ne moraš da mi kažeš koje.',
    'Da, ako su ranije zlostavljanje, zanemarivanje, boravak u ustanovi ili eksploatacija olakšali vrbovanje deteta. Ne pitajte za pojedinosti; uputite dete stručnjaku za rad sa decom.',
  ],
  'travel-difficulty': ['Ko ti je organizovao put? Da li je bilo moguće da odeš bez ičije pomoći?'],
  'abused-cultural-beliefs': ['Da li te je neko pre odlaska naterao da nešto obećaš, da se zakuneš ili da učestvuješ u nekom ritualu?'],
  'excessive-hours': [
    'Kako je izgledao običan dan? Kada je počinjao, kada se završavao i da li je bilo vremena za odmor ili igru?',
    'Da, ako je rad trajao dugo za uzrast deteta, bio noću, ili nije ostavljao vremena za odmor, igru ili školu.',
  ],
  'hazardous-work': [
    'Da li je nešto od onoga što je trebalo da radiš bilo opasno, ili te je nekada povredilo ili ti je od toga bilo loše?',
    'Da, za rad opasan po zdravlje, bezbednost ili razvoj deteta (teški tereti, alati, hemikalije, visina, noćni rad, rad na ulici). Primenjuju se nacionalne liste opasnih poslova za decu.',
  ],
  'bad-living-conditions': ['Gde je bilo tvoje mesto za spavanje i da li je bilo dovoljno hrane za tebe?'],
  'low-or-no-pay': [
    'Da li je za taj rad bilo novca za tebe? Ko ga je zadržavao?',
    'Da, ako dete nije bilo plaćeno ili je novac odlazio drugima. I novac poslat roditeljima može biti eksploatacija.',
  ],
  'labour-law-breached': [
    'Da li je bilo nečega što ti je obećano u vezi sa poslom, a nije se desilo?',
    'Da, ako je rad kršio propise o radu dece (najniži uzrast, radno vreme, noćni rad, vrsta posla) ili ono što je dogovoreno.',
  ],
  'no-social-protection': ['Ako te nešto zabolelo ili ti je bilo loše, da li je bilo moguće da odeš kod lekara?'],
  'very-bad-working-conditions': ['Kako su se ophodili prema tebi na poslu? Da li je neko bio grub ili nepravedan prema tebi?'],
  'wage-manipulation': ['Da li ti je neko uzimao novac za hranu, za krevet ili kao kaznu?'],
  'no-access-to-education': [
    'Da li je tamo bilo moguće da ideš u školu?',
    'Da, ako dete nije moglo da pohađa školu ili obuku zbog posla ili ljudi koji su ga kontrolisali.',
  ],
  'documents-confiscated': ['Ko sada ima tvoj pasoš ili papire? Da li bi ti ih vratili da ih zatražiš?'],
  'debt-bondage': [
    'Da li je neko rekao da ti ili tvoja porodica dugujete novac? Da li se taj dug povećava ili smanjuje?',
    'Da, ako dug deteta ili porodice tera dete da nastavi da radi. Računaju se i dugovi roditelja.',
  ],
  'isolation-or-surveillance': ['Da li je bilo moguće da izađeš napolje ili da pričaš sa porodicom ili prijateljima kada poželiš?'],
  violence: [
    'Da li te je tamo neko ikada udario ili povredio na neki drugi način?',
    'Da, za svako fizičko ili seksualno nasilje ili grubo kažnjavanje. Ne tražite detaljan opis; postupajte po procedurama zaštite deteta i ponudite medicinsku pomoć.',
  ],
  'illicit-activities': [
    'Da li su te terali da radiš stvari kao što su uzimanje stvari od ljudi, prodavanje ili prošenje?',
    'Da, ako je dete bilo primorano da krade, prosi, prenosi ili prodaje drogu ili vrši druga krivična dela. Dete prinuđeno na vršenje krivičnih dela je žrtva: recite to detetu.',
  ],
  'forced-tasks-or-clients': ['Da li su te terali da radiš stvari protiv svoje volje? Da li je bilo moguće da kažeš ne?'],
  'forced-against-peers': ['Da li je neko ikada tražio od tebe da paziš na drugu decu, da ih tužakaš ili kažnjavaš?'],
  'forced-to-lie': ['Da li ti je neko rekao šta da kažeš policiji, nastavnicima ili porodici?'],
  'denunciation-threat': ['Da li je neko rekao da će te prijaviti policiji ako prestaneš ili ako nekome kažeš?'],
  'worse-conditions-threat': ['Šta su govorili da će se desiti ako ne uradiš ono što traže?'],
  'violence-threat': ['Da li je neko tamo rekao da će te udariti ili povrediti?'],
  'under-strong-influence': [
    'Ko je tamo odlučivao šta ćeš raditi svakog dana?',
    'Da, ako su eksploatatori kontrolisali dete manipulacijom, strahom, naklonošću, ritualima, drogom ili alkoholom.',
  ],
  'family-harmed': ['Da li je neko rekao da će povrediti tvoju porodicu, ili im je nešto uradio?'],
  'wages-withheld': ['Da li je neko zadržavao novac koji je bio za tebe, uz priču da će ti ga dati kasnije?'],
  'exposure-threat': ['Da li je neko rekao da će tvojoj porodici ili drugima pričati o tebi, ili pokazati tvoje slike?'],
  'dependent-on-exploiters': ['Ko ti je tamo davao hranu, krevet i prevoz?'],
  'unfamiliar-place': ['Da li ti je to mesto bilo poznato, i tamošnji jezik? Da li ti je bilo poznato kome možeš da se obratiš za pomoć?'],
  'economic-hardship-at-destination': ['Kada bi sve to prestalo, kako biste se ti i tvoja porodica snašli?'],
  'family-situation-at-destination': [
    'Da li tvoja porodica čeka novac od tebe, ili su želeli da ostaneš tamo?',
    'Da, ako su očekivanja porodice, njena umešanost ili njeno odsustvo otežavali detetu da ode.',
  ],
  'status-with-authorities-at-destination': ['Da se tamo desi neki problem, da li je policija mesto gde možeš da potražiš pomoć? Zašto da ili zašto ne?'],
  'past-hardship-at-destination': ['Da li ti se ranije desilo nešto zbog čega ti je sada teško da potražiš pomoć? Ne moraš da mi kažeš šta.'],
  'personal-characteristics': ['Da li se ljudi tamo loše ponašaju prema tebi zbog toga odakle si ili ko si?'],
};

/** Child sexual exploitation: where the child wording must also speak of sexual exploitation. */
const CHILD_SEXUAL: Readonly<Record<string, ChildEntry>> = {
  'excessive-hours': [
    'Kako je izgledao običan dan? Kada je počinjao, kada se završavao i da li je bilo vremena za odmor?',
    'Da, ako je dete bilo stavljano na raspolaganje drugima dugo, noću ili bez odmora. Svako seksualno iskorišćavanje deteta se računa, bez obzira na broj sati.',
  ],
  'hazardous-work': [
    'Da li ti je tamo nekada pretila opasnost, ili su te terali da uzimaš drogu ili alkohol?',
    'Da, ako je dete bilo izloženo nasilju, nezaštićenim seksualnim odnosima, drogi ili alkoholu. Nikada ne pitajte za pojedinosti seksualnih radnji; obezbedite medicinsku pomoć.',
  ],
  'low-or-no-pay': [
    'Da li je bilo novca ili poklona za tebe? Ko je zadržavao novac?',
    'Novac ili pokloni dati detetu ne čine seksualnu eksploataciju prihvatljivom. Da, ako su drugi zadržavali zaradu.',
  ],
  'forced-tasks-or-clients': [
    'Da li su te terali da budeš sa nekim ljudima ili da radiš stvari protiv svoje volje? Da li je bilo moguće da kažeš ne?',
    'Da, ako dete nije moglo da odbije osobe ili radnje. Nikada ne tražite opis; dete ne može da pristane na seksualnu eksploataciju.',
  ],
  'exposure-threat': [
    'Da li je neko rekao da će reći tvojoj porodici ili drugima, ili pokazati tvoje slike ili snimke?',
    'Da, ako su korišćene pretnje otkrivanjem onoga što se desilo ili deljenjem snimaka. Snimci deteta moraju se prijaviti po procedurama zaštite deteta.',
  ],
};

function entry(id: string, sexual: boolean): Entry {
  const base = (sexual ? SEXUAL[id] : undefined) ?? BASE[id];
  if (!base) throw new Error(`no Serbian text for indicator ${id}`);
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
      if (!c) throw new Error(`no Serbian child question for indicator ${id}`);
      out[id] = { text, question: c[0], guidance: c[1] ?? guidance };
    }
  }
  return out;
}

export const SR: InstrumentTexts = {
  instruments: {
    'adult-labour': {
      title: 'Odrasli: radna eksploatacija',
      description:
        'Indikatori trgovine odraslim osobama radi prinudnog rada, u bilo kom sektoru (poljoprivreda, građevinarstvo, rad u domaćinstvu, fabrike, usluge).',
    },
    'adult-sexual': {
      title: 'Odrasli: seksualna eksploatacija',
      description: 'Indikatori trgovine odraslim osobama radi seksualne eksploatacije, uključujući prinudnu prostituciju.',
    },
    'child-labour': {
      title: 'Deca: radna eksploatacija',
      description:
        'Indikatori trgovine decom (mlađom od 18 godina) radi radne eksploatacije, prinudnog prosjačenja i prinude na vršenje krivičnih dela. Kod deteta nije potrebno utvrditi sredstva.',
    },
    'child-sexual': {
      title: 'Deca: seksualna eksploatacija',
      description:
        'Indikatori trgovine decom (mlađom od 18 godina) radi seksualne eksploatacije. Dete ne može da pristane na seksualnu eksploataciju; sredstva nije potrebno utvrditi. Postupajte po procedurama zaštite deteta.',
    },
  },
  dimensions: {
    'deceptive-recruitment': {
      title: 'Vrbovanje obmanom',
      description: 'Osoba je vrbovana ili premeštena uz lažna obećanja o poslu, uslovima ili situaciji.',
    },
    'coercive-recruitment': { title: 'Vrbovanje prinudom', description: 'Osoba je vrbovana ili premeštena silom, pretnjama ili drugim oblicima prinude.' },
    'recruitment-abuse-of-vulnerability': {
      title: 'Vrbovanje zloupotrebom ranjivosti',
      description: 'Vrbovalac je iskoristio situaciju koja osobi nije ostavljala mnogo stvarnog izbora.',
    },
    'exploitative-conditions': { title: 'Eksploatatorski uslovi', description: 'Uslovi rada ili života u mestu odredišta predstavljaju eksploataciju.' },
    'coercion-at-destination': { title: 'Prinuda u mestu odredišta', description: 'Sila, pretnje ili drugi oblici prinude drže osobu u toj situaciji.' },
    'abuse-of-vulnerability-at-destination': {
      title: 'Zloupotreba ranjivosti u mestu odredišta',
      description: 'Zavisnost ili ranjivost osobe koristi se da bi se ona zadržala u toj situaciji.',
    },
  },
  indicators: {
    'adult-labour': indicatorTexts(INSTRUMENTS['adult-labour']),
    'adult-sexual': indicatorTexts(INSTRUMENTS['adult-sexual']),
    'child-labour': indicatorTexts(INSTRUMENTS['child-labour']),
    'child-sexual': indicatorTexts(INSTRUMENTS['child-sexual']),
  },
};
