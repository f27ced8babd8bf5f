import type { DomainEvent } from '@pfp/kernel';
import { evolveCase, openCase, type ModerationCase, type ModerationEvent } from './moderation';

/**
 * The moderation of a published item of another context (a practice, a call, a project, a
 * policy tool): stream `moderation-<the item's uuid>`. Its owner's rules stay its own context's;
 * this records only reports and the Support Unit's decisions.
 */
export type ItemModerationEvent = DomainEvent<'ItemUnderModeration', { itemId: string; ownerOrganizationId: string | null }> | ModerationEvent;

export const ITEM_MODERATION_CATEGORY = 'moderation';

export type ItemModerationState = { status: 'NONE' } | { status: 'OPEN'; itemId: string; ownerOrganizationId: string | null; moderation: ModerationCase };

export const initialItemModerationState = (): ItemModerationState => ({ status: 'NONE' });

export const itemModerationStreamOf = (itemId: string): string => `${ITEM_MODERATION_CATEGORY}-${itemId.slice(itemId.indexOf('-') + 1)}`;

export function evolveItemModeration(state: ItemModerationState, event: ItemModerationEvent): ItemModerationState {
  if (event.type === 'ItemUnderModeration') return { status: 'OPEN', ...event.data, moderation: openCase() };
  if (state.status === 'NONE') return state;
  return { ...state, moderation: evolveCase(state.moderation, event) };
}
