/** complaint: something the brand did wrong — not working, waiting, refunds, bad service. */
import { findAll, phrases, type IntentRule } from './rule';

const PHRASES = phrases([
  // es
  'no (?:me )?(?:funciona|funcionan|sirve|sirven|anda|carga|cargan|deja|abre|responde|responden|contestan|atienden|llega|llego|llegan|ha llegado|han llegado)',
  'no me (?:gusta|gustan|gusto)',
  'sigue sin',
  'no puedo (?:entrar|acceder|iniciar sesion|pagar)',
  'se (?:rompio|rompe|cayo|cae)',
  '(?:esta|estan) caid[oa]s?',
  'hart[oa]s? de',
  'nadie da explicaciones',
  'ya van \\d+ (?:dias|semanas|horas)',
  'mala calidad',
  'sigo (?:esperando|sin)',
  'aun no',
  'todavia no',
  'llevo (?:\\d+ |mas de \\d+ |unos? \\d+ |varios |varias |tres |dos |cuatro |una |un )?(?:dias|dia|horas|semanas|semana|meses|mes)',
  'hace (?:\\d+|varios|varias|dos|tres) (?:dias|semanas|meses)',
  'nadie (?:me )?(?:responde|contesta|atiende|ayuda|soluciona)',
  'sin (?:respuesta|solucion)',
  'reembolso',
  'devolucion',
  'devuelvan',
  'me (?:cobraron|cobran|cobrasteis)',
  'cobro doble',
  'cargo doble',
  'pesim[oa]s?',
  'mal servicio',
  'mala atencion',
  'malisim[oa]',
  'atencion al cliente',
  'servicio al cliente',
  'queja',
  'reclamo',
  'reclamacion',
  'estafa',
  'estafadores',
  'defectuos[oa]',
  'llego (?:roto|rota|danado|danada|mal|tarde)',
  'cancelar (?:mi )?(?:suscripcion|pedido|cuenta)',
  'dar(?:me)? de baja',
  'verguenza',
  'inaceptable',
  'decepcionad[oa]',
  'decepcion',
  'no (?:lo |la )?recomiendo',
  'nunca mas',
  'una mierda',
  'un desastre',
  'muy car[oa]s?',
  // en
  '(?:doesnt|dont|does not|do not|didnt|wont|isnt|is not|not) (?:work|working|load|loading|open|arrive)',
  'stopped working',
  '(?:is|are|was) down',
  '(?:cant|cannot|can not) (?:log ?in|sign ?in|access|login|pay|checkout)',
  '(?:i |we )?(?:dont|do not) like',
  'broken',
  'still (?:waiting|no|not|nothing|hasnt|havent|broken)',
  '(?:been|keep) waiting',
  'waiting (?:for|since) (?:\\d+|my|an|a|over|weeks|days|months)',
  '(?:\\d+|two|three|four|several) (?:days|weeks|months|hours) (?:now |later |and |without |no )',
  'never (?:arrived|received|came|got|showed)',
  '(?:hasnt|hadnt|havent|has not|have not|didnt|did not) (?:arrived|received|shipped|got|gotten|responded|replied)',
  '(?:no one|nobody|noone) (?:has )?(?:respond|responded|responds|replied|replies|answers|answered|helps|helped|cares)',
  'no (?:response|reply|answer)',
  'refund',
  'money back',
  'charged (?:me )?(?:twice|two times|again)',
  'double charged',
  'overcharged',
  'worst',
  'terrible (?:service|customer|experience|quality|support)',
  'customer service',
  'unacceptable',
  'cancel my',
  'disappointed',
  'disappointing',
  'rip ?off',
  'scam',
  'waste of (?:money|time)',
  'never again',
  'do better',
  'lacks',
  '(?:too|so|very) expensive',
  'overpriced',
  'nothing (?:is )?in stock',
  'out of stock again',
  'been looking for',
]);

const SUBJECT = new Set(
  `pedido pedidos orden envio paquete producto servicio atencion app aplicacion cuenta factura tienda compra entrega
   soporte web pagina order orders package delivery shipping product service app account bill store purchase item
   support website site customer`
    .trim()
    .split(/\s+/),
);

export const complaint: IntentRule = {
  intent: 'complaint',
  match(ctx) {
    const hits = findAll(PHRASES, ctx.folded);
    if (!hits.length && ctx.sentiment === 'negative') {
      // A negative comment with a negative word of its own ("this is not good", "ugh, terrible"), or a clearly
      // negative one about an order, the app, the service…
      const word = ctx.lex.polar.find((p) => p.score < 0 && ctx.tokens[p.tok]!.kind === 'word');
      const subj = ctx.tokens.find((t) => t.kind === 'word' && SUBJECT.has(t.norm));
      if (word) hits.push(ctx.tokens[word.tok]!.raw);
      else if (subj && ctx.score <= -0.6) hits.push(subj.raw);
    }
    return hits.length ? hits : null;
  },
};
