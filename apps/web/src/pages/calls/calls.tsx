import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { allCountries } from '../../countries';
import type { CallForActionStatus, CallOrder, CallsForActionFilter } from '../../gql/graphql';
import { Layout } from '../../layout';
import { useListAddress } from '../../list-address';
import { Link } from '../../router';
import { isState, useSession } from '../../session';
import { ClearFilters, formatNumber, PagedFooter, QueryState, Select, TextField, toPage, usePagedQuery } from '../../ui';
import { CallCard } from './call-card';
import { CallsDocument } from './documents';
import './calls.css';
import { useCallThemes } from './call-themes';
export { CallPage } from './call-page';
export { PostCallPage } from './call-form';

const PAGE = 12;

/** The calls of one status, paged with "Load more"; `hideEmpty` leaves it out while it has none. */
function CallList({
  heading,
  status,
  filter,
  search,
  orderBy,
  hideEmpty = false,
}: {
  heading: string;
  status: CallForActionStatus;
  filter: CallsForActionFilter;
  search: string;
  orderBy: CallOrder;
  hideEmpty?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const id = `calls-${status.toLowerCase()}`;
  const paged = usePagedQuery(
    async (after) =>
      toPage((await request(CallsDocument, { filter: { ...filter, status }, search: search || undefined, orderBy, first: PAGE, after })).callsForAction),
    [status, JSON.stringify(filter), search, orderBy],
  );
  if (hideEmpty && !paged.loading && paged.totalCount === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {heading} <span className="count">({paged.loading ? '…' : formatNumber(paged.totalCount, i18n.language)})</span>
      </h2>
      <QueryState loading={paged.loading} error={paged.error} />
      {!paged.loading && !paged.error && paged.totalCount === 0 && <p className="meta">{t('common.none')}</p>}
      <div className="cards">
        {paged.items.map((call) => (
          <CallCard key={call.id} call={call} />
        ))}
      </div>
      <PagedFooter paged={paged} />
    </section>
  );
}

/** Calls for action: search, theme and country filters and a sort, open calls apart from closed ones and from those that became projects. */
export function CallsPage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const { query, q: search, text, setText, go, onSearch } = useListAddress('/calls');
  const theme = query.get('theme') ?? '';
  const country = query.get('country') ?? '';
  const orderBy: CallOrder = query.get('sort') === 'DEADLINE' ? 'DEADLINE' : 'NEWEST';
  const themes = useCallThemes();
  const filter: CallsForActionFilter = { ...(theme ? { themes: [theme] } : {}), ...(country ? { countries: [country] } : {}) };
  const filtered = Boolean(search || theme || country || query.get('sort'));
  const lists = { filter, search, orderBy };
  return (
    <Layout title={t('calls.title')}>
      <h1>{t('calls.title')}</h1>
      {isState(viewer) && (
        <p>
          <Link href="/calls/new" className="button primary">
            {t('calls.post')}
          </Link>
        </p>
      )}
      <form role="search" className="call-filters" onSubmit={onSearch} aria-label={t('calls.filters')}>
        <TextField label={t('calls.search')} name="search" type="search" value={text} onChange={(event) => setText(event.target.value)} />
        <p>
          <button type="submit">{t('calls.searchSubmit')}</button>
        </p>
        <Select label={t('calls.theme')} name="themes" value={theme} onChange={(event) => go({ theme: event.target.value })}>
          <option value="">{t('calls.any')}</option>
          {themes.data?.themes.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </Select>
        <Select label={t('calls.country')} name="countries" value={country} onChange={(event) => go({ country: event.target.value })}>
          <option value="">{t('calls.any')}</option>
          {allCountries(i18n.language).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </Select>
        <Select label={t('calls.sort')} name="orderBy" value={orderBy} onChange={(event) => go({ sort: event.target.value === 'DEADLINE' ? 'DEADLINE' : '' })}>
          <option value="NEWEST">{t('calls.sortNewest')}</option>
          <option value="DEADLINE">{t('calls.sortDeadline')}</option>
        </Select>
        <ClearFilters href="/calls" active={filtered} />
      </form>
      <CallList heading={t('calls.open')} status="OPEN" {...lists} />
      <CallList heading={t('calls.pending')} status="PENDING" hideEmpty {...lists} />
      <CallList heading={t('calls.closed')} status="CLOSED" {...lists} />
      <CallList heading={t('calls.converted')} status="CONVERTED" {...lists} />
    </Layout>
  );
}
