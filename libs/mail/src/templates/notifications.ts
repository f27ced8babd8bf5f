import type { MailContent, MailLanguage } from './layout';

export interface DigestData {
  frequency: 'IMMEDIATELY' | 'DAILY' | 'WEEKLY';
  /** The updates grouped by what they are about, each group with its subject's page. */
  groups: Array<{ title: string; url?: string; items: Array<{ date: string; text: string }> }>;
  settingsUrl: string;
}
export interface WebhookDisabledData {
  url: string;
  hours: number;
  /** The organisation's webhooks page, when the caller knows the site's address. */
  webhooksUrl?: string;
}

const DIGEST: Record<MailLanguage, { subject: (n: number) => string; heading: Record<DigestData['frequency'], string>; settings: string }> = {
  en: {
    subject: (n) => `Platform for Partnerships: ${n} update(s) on what you follow`,
    heading: {
      IMMEDIATELY: 'Your digest from the Platform for Partnerships.',
      DAILY: 'Your daily digest from the Platform for Partnerships.',
      WEEKLY: 'Your weekly digest from the Platform for Partnerships.',
    },
    settings: 'Change how often you get this in your notification settings.',
  },
  fr: {
    subject: (n) => `Plateforme de partenariats : ${n} nouvelle(s) de ce que vous suivez`,
    heading: {
      IMMEDIATELY: 'Vos nouvelles de la Plateforme de partenariats.',
      DAILY: 'Vos nouvelles du jour de la Plateforme de partenariats.',
      WEEKLY: 'Vos nouvelles de la semaine de la Plateforme de partenariats.',
    },
    settings: 'Choisissez la fréquence de ces messages dans vos réglages de notification.',
  },
  es: {
    subject: (n) => `Plataforma de Alianzas: ${n} novedad(es) de lo que sigue`,
    heading: {
      IMMEDIATELY: 'Sus novedades de la Plataforma de Alianzas.',
      DAILY: 'Sus novedades del día de la Plataforma de Alianzas.',
      WEEKLY: 'Sus novedades de la semana de la Plataforma de Alianzas.',
    },
    settings: 'Elija con qué frecuencia recibe esto en sus ajustes de notificación.',
  },
  ar: {
    subject: (n) => `منصة الشراكات: ${n} من المستجدات فيما تتابعه`,
    heading: { IMMEDIATELY: 'مستجداتك من منصة الشراكات.', DAILY: 'مستجداتك اليومية من منصة الشراكات.', WEEKLY: 'مستجداتك الأسبوعية من منصة الشراكات.' },
    settings: 'غيّر عدد مرات وصول هذه الرسائل من إعدادات الإشعارات.',
  },
  ru: {
    subject: (n) => `Платформа партнёрств: обновлений по вашим подпискам — ${n}`,
    heading: {
      IMMEDIATELY: 'Новости Платформы партнёрств для вас.',
      DAILY: 'Ежедневная сводка Платформы партнёрств.',
      WEEKLY: 'Еженедельная сводка Платформы партнёрств.',
    },
    settings: 'Частоту этих писем можно изменить в настройках уведомлений.',
  },
  zh: {
    subject: (n) => `伙伴关系平台：您关注的内容有 ${n} 条更新`,
    heading: { IMMEDIATELY: '您的伙伴关系平台动态。', DAILY: '您的伙伴关系平台每日摘要。', WEEKLY: '您的伙伴关系平台每周摘要。' },
    settings: '可在通知设置中更改接收频率。',
  },
};

const WEBHOOK_DISABLED: Record<MailLanguage, (d: WebhookDisabledData) => Omit<MailContent, 'language'>> = {
  en: (d) => ({
    subject: 'A webhook endpoint of your organisation was disabled',
    heading: 'A webhook endpoint was disabled',
    blocks: [
      { kind: 'paragraph', text: `The endpoint ${d.url} has not accepted a delivery for ${d.hours} hours, so the platform has stopped sending to it.` },
      {
        kind: 'paragraph',
        text: "Once it answers again, enable it in your organisation's webhooks page; the deliveries that failed can be sent again from its delivery log.",
      },
      ...(d.webhooksUrl ? [{ kind: 'button' as const, label: 'Open the webhooks page', url: d.webhooksUrl }] : []),
    ],
    footer: [],
  }),
  fr: (d) => ({
    subject: 'Un point de terminaison webhook de votre organisation a été désactivé',
    heading: 'Un webhook a été désactivé',
    blocks: [
      { kind: 'paragraph', text: `Le point de terminaison ${d.url} n’a accepté aucun envoi depuis ${d.hours} heures : la plateforme a cessé de lui envoyer.` },
      {
        kind: 'paragraph',
        text: 'Quand il répondra de nouveau, réactivez-le sur la page des webhooks de votre organisation ; les envois échoués peuvent être renvoyés depuis son journal.',
      },
      ...(d.webhooksUrl ? [{ kind: 'button' as const, label: 'Ouvrir la page des webhooks', url: d.webhooksUrl }] : []),
    ],
    footer: [],
  }),
  es: (d) => ({
    subject: 'Se desactivó un punto de conexión webhook de su organización',
    heading: 'Se desactivó un webhook',
    blocks: [
      { kind: 'paragraph', text: `El punto de conexión ${d.url} no ha aceptado ningún envío en ${d.hours} horas, así que la plataforma dejó de enviarle.` },
      {
        kind: 'paragraph',
        text: 'Cuando vuelva a responder, actívelo en la página de webhooks de su organización; los envíos fallidos pueden reenviarse desde su registro.',
      },
      ...(d.webhooksUrl ? [{ kind: 'button' as const, label: 'Abrir la página de webhooks', url: d.webhooksUrl }] : []),
    ],
    footer: [],
  }),
  ar: (d) => ({
    subject: 'تم تعطيل نقطة نهاية خطاف ويب تابعة لمنظمتك',
    heading: 'تم تعطيل خطاف ويب',
    blocks: [
      { kind: 'paragraph', text: `لم تقبل نقطة النهاية ${d.url} أي إرسال منذ ${d.hours} ساعة، لذا توقفت المنصة عن الإرسال إليها.` },
      { kind: 'paragraph', text: 'عندما تستجيب مجددًا، فعّلها من صفحة خطافات الويب لمنظمتك؛ ويمكن إعادة إرسال ما فشل من سجل الإرسال.' },
      ...(d.webhooksUrl ? [{ kind: 'button' as const, label: 'فتح صفحة خطافات الويب', url: d.webhooksUrl }] : []),
    ],
    footer: [],
  }),
  ru: (d) => ({
    subject: 'Вебхук вашей организации отключён',
    heading: 'Вебхук отключён',
    blocks: [
      { kind: 'paragraph', text: `Адрес ${d.url} не принял ни одной доставки за ${d.hours} ч., поэтому платформа перестала ему отправлять.` },
      {
        kind: 'paragraph',
        text: 'Когда он снова ответит, включите его на странице вебхуков организации; неудачные доставки можно отправить повторно из журнала.',
      },
      ...(d.webhooksUrl ? [{ kind: 'button' as const, label: 'Открыть страницу вебхуков', url: d.webhooksUrl }] : []),
    ],
    footer: [],
  }),
  zh: (d) => ({
    subject: '贵组织的一个 Webhook 端点已被停用',
    heading: 'Webhook 已停用',
    blocks: [
      { kind: 'paragraph', text: `端点 ${d.url} 已有 ${d.hours} 小时未接受任何投递，平台已停止向其发送。` },
      { kind: 'paragraph', text: '端点恢复响应后，请在贵组织的 Webhook 页面重新启用；失败的投递可从投递日志中重新发送。' },
      ...(d.webhooksUrl ? [{ kind: 'button' as const, label: '打开 Webhook 页面', url: d.webhooksUrl }] : []),
    ],
    footer: [],
  }),
};

export function digest(d: DigestData, language: MailLanguage): MailContent {
  const s = DIGEST[language];
  const count = d.groups.reduce((n, g) => n + g.items.length, 0);
  return {
    language,
    subject: s.subject(count),
    heading: s.heading[d.frequency],
    blocks: d.groups.flatMap((g) => [
      g.url ? { kind: 'links' as const, items: [{ title: g.title, url: g.url }] } : { kind: 'heading' as const, text: g.title },
      { kind: 'paragraph' as const, text: g.items.map((i) => `* ${i.date} ${i.text}`).join('\n') },
    ]),
    footer: [{ kind: 'links', items: [{ title: s.settings, url: d.settingsUrl }] }],
  };
}

export const webhookDisabled = (d: WebhookDisabledData, language: MailLanguage): MailContent => ({ language, ...WEBHOOK_DISABLED[language](d) });
