/**
 * Hand-written polarity lexicon for Spanish and English social-media comments (Vocero's own, no third-party list).
 * Keys are folded: lower case, accents removed, elongation squeezed ("buenísimoooo" → "buenisimo").
 * Values: −3 (very negative) … +3 (very positive). The learned model weighs these as features; they also give
 * the tooltip its words.
 */

import vaderEn from './model/lexicon-en.json';

function table(spec: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const part of spec.trim().split(/\s+/)) {
    const i = part.lastIndexOf(':');
    const key = part.slice(0, i).replace(/_/g, ' ').normalize('NFD').replace(/\p{M}/gu, '');
    m.set(key, Number(part.slice(i + 1)));
  }
  return m;
}

const POLARITY_ES = table(`
bueno:2 buena:2 buenos:2 buenas:1 buen:2 buenisimo:3 buenisima:3 bien:1 mejor:2 mejores:2 excelente:3 excelentes:3
genial:3 geniales:3 increible:2 increibles:2 maravilloso:3 maravillosa:3 fantastico:3 fantastica:3 perfecto:3
perfecta:3 hermoso:3 hermosa:3 hermosos:3 bonito:2 bonita:2 precioso:3 preciosa:3 lindo:2 linda:2 lindos:2
guapo:2 guapa:2 bello:2 bella:2 encanta:3 encantan:3 encanto:2 encantado:2 encantada:2 encantador:2 amo:3 amor:2
quiero:1 gusta:2 gustan:2 gusto:2 feliz:3 felices:3 felicidad:3 alegria:2 alegre:2 contento:2 contenta:2
gracias:2 agradecido:2 agradecida:2 felicidades:3 felicitaciones:3 enhorabuena:3 bravo:2 exito:2 exitos:2
recomiendo:2 recomendado:2 divertido:2 divertida:2 gracioso:1 mola:2 molan:2 guay:2 chido:2 chida:2 chevere:2
bacan:2 super:2 recomendable:2 repetire:1 brutal:2 crack:2 idolo:2 top:2 fenomenal:3 espectacular:3 impresionante:2 magnifico:3 estupendo:3
estupenda:3 ganas:1 ilusion:2 orgulloso:2 orgullosa:2 disfrutar:2 disfruta:2 disfrute:2 disfrutando:2 rico:2
rica:2 riquisimo:3 delicioso:3 deliciosa:3 facil:1 rapido:1 rapida:1 amable:2 util:1 eficiente:2 calidad:1
suerte:1 esperanza:1 paz:1 sonrisa:2 risa:1 gana:1 ganamos:2 ganar:1 guapisimo:3 guapisima:3 bonisimo:3
maravilla:3 lujo:2 pasada:2 felicito:2 agradezco:2 adoro:3 apoyo:1 viva:1 gloria:2 fan:1 fiel:1 carino:2
abrazo:2 abrazos:2 besos:2 beso:2 salud:1 valiente:2 confiable:2 satisfecho:2 satisfecha:2 ole:2
malo:-2 mala:-2 malos:-2 malas:-2 mal:-2 peor:-3 peores:-3 pesimo:-3 pesima:-3 horrible:-3 horribles:-3
terrible:-3 terribles:-3 fatal:-3 asco:-3 asqueroso:-3 asquerosa:-3 odio:-3 odia:-3 odian:-3 odiar:-3 triste:-2
tristes:-2 tristeza:-2 llorar:-2 lloro:-2 llorando:-2 mierda:-3 basura:-3 verguenza:-3 vergonzoso:-3 lamentable:-3
decepcion:-3 decepcionado:-3 decepcionada:-3 decepcionante:-3 enfadado:-2 enfadada:-2 enojado:-2 enojada:-2
molesto:-2 molesta:-2 cabreado:-2 cabrea:-2 harto:-2 harta:-2 hartos:-2 cansado:-1 cansada:-1 aburrido:-2
aburrida:-2 miedo:-2 preocupa:-1 preocupado:-1 problema:-1 problemas:-1 error:-1 errores:-1 fallo:-2 falla:-2
roto:-2 rota:-2 estafa:-3 estafadores:-3 fraude:-3 robo:-3 ladrones:-3 mentira:-2 mentiras:-2 mentiroso:-3
inutil:-3 inutiles:-3 desastre:-3 caos:-2 dolor:-2 duele:-2 muerte:-2 murio:-2 peligro:-2 culpa:-2 injusto:-2
injusticia:-2 ridiculo:-2 absurdo:-2 estupido:-3 estupida:-3 idiota:-3 imbecil:-3 tonto:-2 tonta:-2 payaso:-2
cutre:-2 chafa:-2 lento:-1 lenta:-1 caro:-1 carisimo:-2 tarde:-1 perdida:-2 perder:-1 perdimos:-2
pierde:-1 sufrir:-2 sufro:-2 grave:-2 crisis:-2 pena:-2 penoso:-3 ascazo:-3 fastidio:-2 queja:-2 reclamo:-2
dificil:-1 imposible:-2 sola:-1 soledad:-2 angustia:-2 ansiedad:-2 estres:-2 agobio:-2 rabia:-3 ira:-3
cancer:-2 enfermo:-2 enferma:-2 guerra:-2 violencia:-3 corrupcion:-3 corrupto:-3 corruptos:-3 vomito:-3 joder:-1
puta:-2 puto:-2 maldito:-2 maldita:-2 ojete:-2 cagada:-2 cagaste:-2 desgracia:-3 miserable:-3 feo:-2 fea:-2
`);

/** More Spanish: verb forms, colloquial Spain/LatAm words, tweet staples. */
const POLARITY_ES_MORE = table(`
encanto:2 encantó:2 encantaron:3 encantaria:2 encantado:2 gustaria:1 gusto:2 gustaron:2 amamos:3 amas:2 ama:2
aman:2 amando:2 adoro:3 adorable:3 quiero:1 queremos:1 quieres:1 ilusiona:2 ilusionado:2 ilusionada:2 emociona:2
emocionado:2 emocionada:2 emocionante:3 flipo:2 flipante:3 alucino:1 alucinante:3 brutal:2 bestial:2 epico:3
ojala:1 animo:2 animos:2 fuerza:1 fuerzas:1 valor:1 orgullo:2 gracia:1 graciosa:1 chistoso:1 risas:2 reir:2 rio:1
sonrie:2 sonreir:2 feliz:3 felicita:2 felicitar:2 celebrar:2 celebramos:2 fiesta:1 vacaciones:1 descanso:1 disfrutad:2
disfrutamos:2 disfrutado:2 disfruten:2 gozada:3 maravillosos:3 increibles:3 geniales:3 perfectos:3 buenazo:3
buenisimos:3 buenisimas:3 mejorar:1 mejora:1 mejoro:1 ayuda:1 ayudar:1 ayudan:1 gratis:1 regalo:2 regalos:2
premio:2 ganador:2 ganadora:2 ganado:2 gano:2 victoria:3 campeon:3 campeones:3 triunfo:3 golazo:3 crack:2 cracks:2
maquina:1 idolo:2 idola:2 leyenda:2 bendicion:3 bendecido:3 bendecida:3 afortunado:2 afortunada:2 agradecidos:2
tranquilo:1 tranquila:1 calma:1 seguro:1 segura:1 confianza:2 hermosura:3 bonitas:2 bonitos:2 lindas:2 guapas:2
guapos:2 preciosas:3 preciosos:3 riquisima:3 sabroso:2 sabrosa:2 delicia:3 fresco:1 limpio:1 comodo:2 comoda:2
puntual:2 atento:2 atenta:2 atentos:2 amables:2 simpatico:2 simpatica:2 profesional:2 profesionales:2 recomendables:2
interesante:1 interesantes:1 util:1 utiles:1 claro:1 justo:1 bienvenido:2 bienvenida:2 bienvenidos:2 enamorado:3
enamorada:3 enamora:3 ole:2 vamos:1 vamo:1 dale:1 yupi:3 chulo:2 chula:2
guay:2 pasote:3 flipas:2 bonico:2 majo:2 maja:2 padre:1 padrisimo:3 chevere:2 bacano:2 bacana:2 copado:2 genio:2
odias:-3 odiamos:-3 odie:-3 odiado:-3 detesto:-3 asquea:-3 aborrezco:-3 harto:-2 hartazgo:-3 hartas:-2 cansa:-2
cansados:-1 agotado:-1 agotada:-1 agotador:-2 aburre:-2 aburro:-2 aburrimiento:-2 fastidia:-2 molestan:-2
molestia:-2 jode:-2 jodido:-2 jodida:-2 putada:-3 mierdas:-3 cagar:-2 cagado:-2 cago:-2 puto:-2 hostia:-1 coño:-1
cono:-1 leches:-1 diablos:-1 maldicion:-2 mala_suerte:-2 desgraciado:-3 desgraciada:-3 sinverguenza:-3
sinverguenzas:-3 caradura:-2 vergonzosa:-3 indignante:-3 indignado:-3 indignada:-3 indignacion:-3 cabreo:-3
cabreada:-2 furioso:-3 furiosa:-3 rabioso:-2 enfado:-2 enojo:-2 disgusto:-2 decepciona:-3 decepcionan:-3
decepcionados:-3 fracaso:-3 fracasado:-3 perdemos:-2 perdio:-2 perdieron:-2 perdido:-2 perdida:-2 derrota:-3
eliminados:-2 lesion:-2 lesionado:-2 llorando:-2 lloré:-2 llore:-2 lagrimas:-2 duelo:-2 luto:-3 fallecio:-3
fallecido:-3 murieron:-3 muerto:-3 muertos:-3 matar:-3 mata:-2 asesinato:-3 asesino:-3 ataque:-2 atentado:-3
victimas:-3 accidente:-2 heridos:-2 enfermedad:-2 hospital:-1 dolor:-2 dolorosa:-2 duro:-1 dura:-1 horrores:-2
horroroso:-3 horrorosa:-3 feisimo:-3 feisima:-3 feos:-2 malisimo:-3 malisima:-3 malos:-2 fatal:-3 penosa:-3
patetico:-3 patetica:-3 lamentablemente:-2 desgraciadamente:-2 desafortunadamente:-2 preocupante:-2 preocupada:-1
preocupados:-1 triste:-2 tristemente:-2 deprimido:-3 deprimida:-3 depresion:-3 solo_:0 mal:-2 miedo:-2 panico:-3
susto:-2 nervios:-1 nervioso:-1 nerviosa:-1 agobiado:-2 agobiada:-2 estresado:-2 estresada:-2 insoportable:-3
insufrible:-3 inaguantable:-3 imposible:-2 dificil:-1 complicado:-1 pesado:-2 pesada:-2 pesados:-2 plasta:-2
tonteria:-2 tonterias:-2 estupidez:-3 idiotas:-3 imbeciles:-3 gilipollas:-3 subnormal:-3 payasos:-2 ridicula:-2
absurda:-2 mentirosos:-3 mienten:-3 miente:-3 engaño:-3 engano:-3 engañan:-3 enganan:-3 estafan:-3 robar:-3 roban:-3
robaron:-3 corruptas:-3 ladron:-3 abuso:-3 abusivo:-3 injustos:-2 culpable:-2 culpables:-2 basuras:-3 porqueria:-3
cutres:-2 chapuza:-3 timo:-3 caros:-1 carisima:-2 cobran:-1 lentisimo:-2 tardan:-1 tardar:-1 tardanza:-2 retraso:-2
retrasos:-2 averia:-2 roto:-2 rompe:-2 rompio:-2 estropeado:-2 defectuoso:-2 fallan:-2 fallando:-2 error:-1 queja:-2
quejas:-2 reclamar:-1 protesta:-1 odio_:0 echo_:0 extraño:-1 extrano:-1 extraño_:0 nostalgia:-1 pobre:-1 pobres:-1
ayy:-1 uf:-1 puf:-2 buf:-2 meh:-1 bah:-1 nah:-1
`);

const POLARITY_EN = table(`
good:2 great:3 nice:2 awesome:3 amazing:3 excellent:3 love:3 loved:3 loves:3 loving:2 lovely:3 like:1 liked:1
best:3 better:2 perfect:3 wonderful:3 fantastic:3 beautiful:3 gorgeous:3 stunning:3 pretty:2 cute:2 adorable:3
happy:3 glad:2 excited:3 exciting:3 fun:2 funny:2 enjoy:2 enjoyed:2 enjoying:2 thanks:2 thank:2 thankful:2
grateful:3 appreciate:2 appreciated:2 congrats:3 congratulations:3 brilliant:3 cool:2 fab:3 fabulous:3 super:2
sweet:2 incredible:3 impressive:2 outstanding:3 superb:3 win:2 won:2 winning:2 yay:3 wow:2 recommend:2
recommended:2 helpful:2 friendly:2 kind:2 proud:2 blessed:3 lucky:2 hope:1 hopefully:1 smile:2 smiling:2
laugh:1 joy:3 fine:1 easy:1 fast:1 safe:1 favorite:2 favourite:2 fav:2 lit:2 dope:2 legend:2 goat:2 hero:2
epic:2 masterpiece:3 delicious:3 yummy:3 tasty:2 beauty:2 classic:1 elegant:2 worth:1 peace:1 support:1 welcome:1
bad:-2 worse:-3 worst:-3 terrible:-3 horrible:-3 awful:-3 hate:-3 hated:-3 hates:-3 sad:-2 angry:-3 mad:-2
annoying:-2 annoyed:-2 upset:-2 disappointed:-3 disappointing:-3 disappointment:-3 poor:-2 sucks:-3 suck:-2
sucked:-2 crap:-3 shit:-3 shitty:-3 fuck:-2 fucking:-1 damn:-1 wtf:-2 stupid:-3 dumb:-2 idiot:-3 ugly:-3
boring:-2 bored:-2 tired:-1 sick:-2 hurt:-2 hurts:-2 pain:-2 painful:-2 cry:-2 crying:-2 cried:-2 tears:-1 fear:-2
scared:-2 afraid:-2 worry:-2 worried:-2 problem:-1 problems:-1 issue:-1 issues:-1 error:-1 fail:-2 failed:-2
failure:-3 broken:-2 broke:-1 scam:-3 fraud:-3 liar:-3 lie:-2 lies:-2 fake:-2 useless:-3 waste:-2 wasted:-2
disaster:-3 mess:-2 ridiculous:-2 unacceptable:-3 rude:-2 slow:-1 expensive:-1 overpriced:-2 late:-1 delay:-1
delayed:-1 lost:-1 lose:-1 losing:-1 miss:-1 missed:-1 sorry:-1 unfortunately:-2 ugh:-2 meh:-1 lame:-2 gross:-2
disgusting:-3 pathetic:-3 trash:-3 garbage:-3 kill:-2 killed:-3 dead:-2 death:-2 died:-2 war:-2 evil:-3 racist:-3
shame:-2 shameful:-3 lonely:-2 depressed:-3 depressing:-3 stress:-2 stressed:-2 hell:-2 nightmare:-3 ripoff:-3
refund:-1 complaint:-2 smh:-2 fml:-3 rip:-1 ruined:-3 ruin:-2 hopeless:-3 miserable:-3 weak:-1 wrong:-2
`);

const POLARITY_ES_ALL = new Map([...POLARITY_ES_MORE, ...POLARITY_ES]);
for (const [k, v] of [...POLARITY_ES_ALL]) if (v === 0 || k.endsWith(' ')) POLARITY_ES_ALL.delete(k);

export const POLARITY: ReadonlyMap<string, number> = new Map([...POLARITY_ES_ALL, ...POLARITY_EN]);

/**
 * English word ratings from the VADER lexicon (Hutto & Gilbert 2014; MIT; via the vader-sentiment npm port,
 * Apache-2.0), folded and scaled to −3…+3 by scripts/train-sentiment.ts. Used for English and other-language
 * text only, after the hand-written table ("sin", "once", "real" mean other things in Spanish).
 */
export const POLARITY_EN_EXT: ReadonlyMap<string, number> = new Map(
  (vaderEn as { words: string }).words.split(' ').map((p): [string, number] => {
    const i = p.lastIndexOf(':');
    return [p.slice(0, i), Number(p.slice(i + 1))];
  }),
);

/** Polarity of a folded word for a text in `lang` (0 when unknown). */
export function polarityOf(word: string, lang: 'es' | 'en' | 'other'): number {
  return POLARITY.get(word) ?? (lang === 'es' ? 0 : (POLARITY_EN_EXT.get(word) ?? 0));
}

/** Lexicon words that belong to only one of the two languages (a language-detection hint). */
export const LEX_ES: ReadonlySet<string> = new Set(
  [...POLARITY_ES.keys()].filter((w) => !POLARITY_EN.has(w)),
);
export const LEX_EN: ReadonlySet<string> = new Set(
  [...POLARITY_EN.keys()].filter((w) => !POLARITY_ES.has(w)),
);

/** Words that flip the polarity of the next few words. */
export const NEGATORS: ReadonlySet<string> = new Set(
  `no nunca jamas ni nada nadie tampoco sin ningun ninguna ninguno not no never nothing nobody none without neither
   nor dont cant wont isnt arent wasnt werent doesnt didnt couldnt shouldnt wouldnt aint havent hasnt hadnt nah`
    .trim()
    .split(/\s+/),
);

/** Words that strengthen (>1) or soften (<1) the next polar word. */
export const INTENSIFIERS: ReadonlyMap<string, number> = table(`
muy:1.5 mucho:1.4 muchisimo:1.8 super:1.5 re:1.4 tan:1.4 demasiado:1.5 bastante:1.3 sumamente:1.7 mega:1.6
extremadamente:1.8 totalmente:1.5 realmente:1.4 increiblemente:1.7 absolutamente:1.6 mas:1.2 tremendo:1.5
very:1.5 really:1.4 so:1.4 extremely:1.8 totally:1.5 absolutely:1.6 too:1.3 incredibly:1.7 truly:1.4 hella:1.5
mega:1.6 af:1.6 soo:1.6 most:1.3 completely:1.5 highly:1.5 seriously:1.4 such:1.3 fucking:1.5 freaking:1.4
poco:0.6 algo:0.7 medio:0.7 slightly:0.6 kinda:0.7 kind_of:0.7 somewhat:0.6 bit:0.7 little:0.7 barely:0.5
`);

/** Words after which the rest of the sentence weighs more ("good but slow"). */
export const CONTRAST: ReadonlySet<string> = new Set([
  'but',
  'pero',
  'however',
  'aunque',
  'although',
  'sino',
]);

/** Slang and texting spellings → the word the lexicon and the model know. */
export const SLANG: ReadonlyMap<string, string> = new Map(
  `q:que k:que ke:que xq:porque pq:porque porq:porque xk:porque tb:tambien tmb:tambien tbn:tambien bn:bien
     x:por d:de toy:estoy tas:estas ta:esta nd:nada nah:no xfa:por_favor porfa:por_favor porfis:por_favor plis:please
     pls:please plz:please pliz:please u:you ur:your r:are luv:love lov:love gr8:great thx:thanks thnx:thanks
     tnx:thanks ty:thanks tysm:thanks sux:sucks b4:before bc:because cuz:because coz:because gonna:going wanna:want
     gotta:got im:i idk:dont_know osm:awesome awsm:awesome amazin:amazing gud:good gd:good nop:no nope:no
     yep:yes yup:yes yeah:yes ok:okay okey:okay oki:okay vale:okay dnd:donde tqm:te_quiero bss:besos bsos:besos
     mxo:mucho xa:para pa:para bno:bueno wapo:guapo wapa:guapa guau:wow uau:wow`
    .trim()
    .split(/\s+/)
    .map((p): [string, string] => {
      const i = p.indexOf(':');
      return [p.slice(0, i), p.slice(i + 1).replace(/_/g, ' ')];
    }),
);

/** Frequent, fairly distinctive function words, used for the fast language decision. */
export const STOP_ES: ReadonlySet<string> = new Set(
  `el los las del y pero muy esta estoy estas estan yo tambien porque gracias hola que el ella eso esto son hay ya
   mas pues cuando donde tengo tiene tienen hace bien todo nada nunca siempre hoy manana ahora aqui ser fue como sin
   sobre hasta desde nos les le su sus mis tus usted ustedes nosotros mucho poco algo alguien quiero puedo jaja jajaja
   xd tb porfa xq pq una uno unos unas al lo se es en por para con mi me te tu ni si cual quien asi vez dia dias muy
   otra otro sera seria igual la de un ayer luego despues antes entre tanto hacer estar creo vamos solo mejor peor gente`
    .trim()
    .split(/\s+/),
);
export const STOP_EN: ReadonlySet<string> = new Set(
  `the and is are was were you i it to this of my that for not be have has had with what when where why how they we
   he she your our their just but so do does did dont cant will would should could im its thats there here about
   from at all get got like love know think lol omg thanks thank please an if or me who been being can out up one
   good great really very much more some any them his her him us than then which because after before day today
   tomorrow going want need people time make still never always anyone someone`
    .trim()
    .split(/\s+/),
);
/** Markers of other Latin-script languages (pt, it, fr, de, ca, nl) that es/en texts rarely contain. */
export const STOP_OTHER: ReadonlySet<string> = new Set(
  `nao muito obrigado obrigada voce isso pela pelo sao tambem entao ate il gli molto grazie della sono questo
   perche anche les et tres pas merci je ne est avec pour vous nous cest oui mais ich und der die das nicht sehr danke
   ist mit ein eine auch aquest molt amb perque het een niet zijn dat wat ook bedankt`
    .trim()
    .split(/\s+/),
);
