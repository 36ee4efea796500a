// The starter set, seeded on first run (storage/templates.ts ensureStarterTemplates): the six replies a CM
// writes every day, in Spanish (tú, the voice guide's default) and English, each with several wordings so
// consecutive replies differ. Kept short enough for X (280, sign-off included) and free of emoji, which the
// brand's voice guide may not allow. Ids are stable so seeding is idempotent.
import type { IntentName, TemplateLike } from './types';

export type StarterTemplate = Omit<Required<TemplateLike>, 'recentVariants'>;

const starter = (
  kind: string,
  lang: 'es' | 'en',
  name: string,
  category: string,
  tags: string[],
  intents: IntentName[],
  shortcut: string,
  variants: string[],
): StarterTemplate => ({
  id: `starter-${kind}-${lang}`,
  name,
  category,
  tags,
  intents,
  shortcut,
  lang,
  networks: [],
  variants,
});

export const STARTER_TEMPLATES: readonly StarterTemplate[] = [
  starter('thanks', 'es', 'Agradecimiento', 'Agradecer', ['gracias', 'elogio'], ['praise'], '/gracias', [
    '¡Gracias, {nombre}! Nos alegra mucho leerte. Que tengas un gran día. {firma}',
    '{nombre}, ¡qué bien leer esto! Gracias por tomarte el tiempo de escribirnos. {firma}',
    '¡Mil gracias por tus palabras, {nombre}! Se lo pasamos al equipo, que le va a encantar. {firma}',
  ]),
  starter('thanks', 'en', 'Thank you', 'Thanks', ['thanks', 'praise'], ['praise'], '/thanks', [
    'Thank you, {name}! This made our day. Have a great one. {signoff}',
    '{name}, so glad to hear it! Thanks for taking the time to tell us. {signoff}',
    'Thanks a lot for the kind words, {name}! We are passing them on to the team. {signoff}',
  ]),
  starter(
    'apology',
    'es',
    'Disculpa',
    'Disculparse',
    ['perdón', 'disculpa', 'queja'],
    ['complaint'],
    '/perdon',
    [
      'Lo sentimos mucho, {nombre}. Entendemos tu enfado y ya lo estamos revisando. Gracias por avisarnos. {firma}',
      'Perdona las molestias, {nombre}. Esto no debería haber pasado y queremos solucionarlo cuanto antes. {firma}',
      '{nombre}, te pedimos disculpas: no es la experiencia que queremos darte. Ya estamos en ello. {firma}',
    ],
  ),
  starter(
    'apology',
    'en',
    'Apology',
    'Apologise',
    ['sorry', 'apology', 'complaint'],
    ['complaint'],
    '/sorry',
    [
      "We're really sorry, {name}. We understand your frustration and we're already looking into it. {signoff}",
      "Sorry for the trouble, {name}. This shouldn't have happened and we want to fix it as soon as we can. {signoff}",
      "{name}, please accept our apologies: this isn't the experience we want you to have. We're on it. {signoff}",
    ],
  ),
  starter(
    'answer',
    'es',
    'Pregunta respondida',
    'Responder',
    ['pregunta', 'duda', 'info'],
    ['question'],
    '/respuesta',
    [
      '¡Hola, {nombre}! {?respuesta|Respuesta} Si te queda alguna duda, aquí estamos. {firma}',
      '{Saludo}, {nombre}. {?respuesta|Respuesta} ¡Gracias por preguntar! {firma}',
      '¡Buena pregunta, {nombre}! {?respuesta|Respuesta} Cualquier otra cosa, nos dices. {firma}',
    ],
  ),
  starter(
    'answer',
    'en',
    'Question answered',
    'Answer',
    ['question', 'faq', 'info'],
    ['question'],
    '/answer',
    [
      'Hi {name}! {?answer|Answer} Let us know if anything else comes up. {signoff}',
      '{Greeting}, {name}. {?answer|Answer} Thanks for asking! {signoff}',
      'Great question, {name}! {?answer|Answer} Anything else, just ask. {signoff}',
    ],
  ),
  starter(
    'dm',
    'es',
    'Pasar a mensaje privado',
    'Derivar',
    ['privado', 'datos', 'pedido'],
    ['complaint', 'question', 'urgent'],
    '/privado',
    [
      '{nombre}, queremos ayudarte con esto. ¿Nos escribes por mensaje privado con tu número de pedido? Así lo revisamos sin que compartas tus datos aquí. {firma}',
      'Hola, {nombre}. Para revisarlo bien, ¿nos mandas un mensaje privado con los detalles? Te respondemos por ahí enseguida. {firma}',
      '{nombre}, gracias por avisarnos. Te escribimos por privado para verlo contigo, ¿vale? No compartas datos personales en público. {firma}',
    ],
  ),
  starter(
    'dm',
    'en',
    'Move to DM',
    'Redirect',
    ['dm', 'private', 'order'],
    ['complaint', 'question', 'urgent'],
    '/dm',
    [
      "{name}, we'd like to help with this. Could you send us a DM with your order number? That way you don't have to share your details here. {signoff}",
      "Hi {name}. To look into it properly, could you send us a private message with the details? We'll reply there right away. {signoff}",
      "{name}, thanks for flagging this. We're sending you a DM so we can sort it out together. Please don't share personal details publicly. {signoff}",
    ],
  ),
  starter(
    'escalated',
    'es',
    'Queja escalada',
    'Escalar',
    ['escalado', 'incidencia', 'queja'],
    ['complaint', 'urgent'],
    '/escalado',
    [
      '{nombre}, ya pasamos tu caso al equipo responsable (referencia {?caso|Número de caso}). Te escribimos en cuanto tengamos novedades. {firma}',
      'Gracias por tu paciencia, {nombre}. Tu caso {?caso|Número de caso} ya está con el equipo que puede resolverlo y le estamos dando prioridad. {firma}',
      '{nombre}, hemos escalado tu queja (caso {?caso|Número de caso}). No hace falta que vuelvas a contarlo: te contactamos nosotros. {firma}',
    ],
  ),
  starter(
    'escalated',
    'en',
    'Complaint escalated',
    'Escalate',
    ['escalated', 'case', 'complaint'],
    ['complaint', 'urgent'],
    '/escalated',
    [
      "{name}, we've passed your case to the team in charge (reference {?case|Case number}). We'll get back to you as soon as we have news. {signoff}",
      'Thanks for your patience, {name}. Your case {?case|Case number} is now with the team that can fix it, and it has priority. {signoff}',
      "{name}, we've escalated your complaint (case {?case|Case number}). No need to explain it again: we'll contact you. {signoff}",
    ],
  ),
  starter(
    'crisis',
    'es',
    'Comunicado de crisis (provisional)',
    'Crisis',
    ['crisis', 'incidencia', 'comunicado'],
    ['urgent', 'complaint'],
    '/crisis',
    [
      'Sabemos que {?incidencia|Qué está pasando} y lo sentimos. Nuestro equipo ya está trabajando para resolverlo; compartiremos novedades aquí lo antes posible. Gracias por tu paciencia. {marca}',
      '{nombre}, estamos al tanto de {?incidencia|Qué está pasando}. Lo estamos investigando y te iremos informando por este canal. Gracias por tu paciencia. {marca}',
      'Gracias por avisarnos, {nombre}. Conocemos el problema ({?incidencia|Qué está pasando}) y ya estamos en ello. Publicaremos una actualización en cuanto la tengamos. {marca}',
    ],
  ),
  starter(
    'crisis',
    'en',
    'Crisis holding statement',
    'Crisis',
    ['crisis', 'incident', 'statement'],
    ['urgent', 'complaint'],
    '/crisis-en',
    [
      "We know {?incident|What is happening} and we're sorry. Our team is already working on a fix; we'll share updates here as soon as we can. Thank you for your patience. {brand}",
      "{name}, we're aware of {?incident|What is happening}. We're investigating and will keep you posted on this channel. Thanks for your patience. {brand}",
      "Thanks for letting us know, {name}. We're aware of the problem ({?incident|What is happening}) and we're on it. We'll post an update as soon as we have one. {brand}",
    ],
  ),
];
