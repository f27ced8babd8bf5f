import { documentProjection, type DocumentHandlers, type ProjectedEvent } from '@pfp/event-sourcing';
import type { ModerationCase } from '../domain/moderation';
import { evolveItemModeration, ITEM_MODERATION_CATEGORY, type ItemModerationEvent } from '../domain/published-item';

export const ITEM_MODERATION = 'item-moderation';
export const ITEM_MODERATION_TABLES = ['item_moderation'];

/** The moderation case of one published item of another context. */
export interface ItemModerationDocument {
  id: string;
  itemId: string;
  ownerOrganizationId: string | null;
  moderation: ModerationCase;
}

function apply(doc: ItemModerationDocument | null, event: ProjectedEvent<ItemModerationEvent>): ItemModerationDocument | null {
  const before = doc
    ? { status: 'OPEN' as const, itemId: doc.itemId, ownerOrganizationId: doc.ownerOrganizationId, moderation: doc.moderation }
    : { status: 'NONE' as const };
  const after = evolveItemModeration(before, event);
  return after.status === 'NONE'
    ? doc
    : { id: event.streamName, itemId: after.itemId, ownerOrganizationId: after.ownerOrganizationId, moderation: after.moderation };
}

const handlers: DocumentHandlers<ItemModerationDocument, ItemModerationEvent> = {
  ItemUnderModeration: apply,
  ContentReported: apply,
  ContentHidden: apply,
  ContentRestored: apply,
  ReportsDismissed: apply,
};

export const itemModerationProjection = documentProjection<ItemModerationDocument, ItemModerationEvent>({
  name: ITEM_MODERATION,
  table: 'item_moderation',
  category: ITEM_MODERATION_CATEGORY,
  handlers,
  columns: [
    { name: 'item_id', type: 'text', value: (d) => d.itemId },
    { name: 'hidden', type: 'boolean', value: (d) => d.moderation.hidden !== null },
    { name: 'open_reports', type: 'int', value: (d) => d.moderation.reports.length },
  ],
});
