// Display names of the log's values, shared by the popup, the log page and the reports.
import type { MessageKey } from '@/components/i18n';
import type { Action } from '@/storage/entities';
import type { Platform } from '@/sites/types';
import { NETWORK_NAMES, networkName } from '@/core/templating/variables/network';

/** Network names are brand names: the same in every language (the {network} variable's table). */
export const NETWORK_LABEL: Record<Platform, string> = NETWORK_NAMES;
export const networkLabel = networkName;

/** An action as a category of totals ("Replies: 12"): popup, reports, the log's filter. */
export const ACTION_KEY: Record<Action, MessageKey> = {
  reply: 'action_reply',
  tag: 'action_tag',
  flag: 'action_flag',
  unflag: 'action_unflag',
  escalate: 'action_escalate',
  note: 'action_note',
};
/** One logged action ("Reply"): a row of the log. */
const ONE_ACTION_KEY: Record<Action, MessageKey> = {
  reply: 'log_action_reply',
  tag: 'log_action_tag',
  flag: 'log_action_flag',
  unflag: 'log_action_unflag',
  escalate: 'log_action_escalate',
  note: 'log_action_note',
};
// An action added later than these lists shows as its own name until it gets a label.
export const actionKey = (action: string): MessageKey | undefined => ACTION_KEY[action as Action];
export const oneActionKey = (action: string): MessageKey | undefined => ONE_ACTION_KEY[action as Action];

export const SENTIMENT_KEY: Record<string, MessageKey> = {
  positive: 'badge_positive',
  neutral: 'badge_neutral',
  negative: 'badge_negative',
  none: 'sentiment_none',
};
