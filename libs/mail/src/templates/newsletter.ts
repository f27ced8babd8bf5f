import type { MailContent, MailLanguage } from './layout';

export interface NewsletterConfirmationData {
  confirmUrl: string;
}

export interface NewsletterIssueData {
  title: string;
  introduction: string;
  /** What was published since the last issue, grouped under a heading each (already in order). */
  sections: Array<{ heading: string; items: Array<{ title: string; url: string; summary?: string }> }>;
  issueUrl: string;
  unsubscribeUrl: string;
}

const CONFIRM: Record<MailLanguage, { subject: string; heading: string; body: string; button: string; ignore: string }> = {
  en: {
    subject: 'Confirm your subscription to the Platform for Partnerships newsletter',
    heading: 'One more step',
    body: 'Someone (we hope you) asked to receive the Platform for Partnerships newsletter at this address. Nothing is sent until you confirm.',
    button: 'Confirm my subscription',
    ignore: 'If it was not you, ignore this message: this address will receive nothing.',
  },
  fr: {
    subject: 'Confirmez votre abonnement à la lettre d’information de la Plateforme de partenariats',
    heading: 'Encore une étape',
    body: 'Quelqu’un (vous, espérons-le) a demandé à recevoir la lettre d’information de la Plateforme de partenariats à cette adresse. Rien n’est envoyé avant votre confirmation.',
    button: 'Confirmer mon abonnement',
    ignore: 'Si ce n’était pas vous, ignorez ce message : cette adresse ne recevra rien.',
  },
  es: {
    subject: 'Confirme su suscripción al boletín de la Plataforma de Alianzas',
    heading: 'Un paso más',
    body: 'Alguien (esperamos que usted) pidió recibir el boletín de la Plataforma de Alianzas en esta dirección. No se envía nada hasta que lo confirme.',
    button: 'Confirmar mi suscripción',
    ignore: 'Si no fue usted, ignore este mensaje: esta dirección no recibirá nada.',
  },
  ar: {
    subject: 'أكِّد اشتراكك في النشرة الإخبارية لمنصة الشراكات',
    heading: 'خطوة أخيرة',
    body: 'طلب شخصٌ ما (نأمل أن تكون أنت) تلقّي النشرة الإخبارية لمنصة الشراكات على هذا العنوان. لن يُرسَل شيء قبل أن تؤكّد.',
    button: 'تأكيد اشتراكي',
    ignore: 'إن لم تكن أنت، فتجاهل هذه الرسالة: لن يصل إلى هذا العنوان شيء.',
  },
  ru: {
    subject: 'Подтвердите подписку на рассылку Платформы партнёрств',
    heading: 'Остался один шаг',
    body: 'Кто-то (надеемся, вы) попросил присылать рассылку Платформы партнёрств на этот адрес. Ничего не будет отправлено, пока вы не подтвердите.',
    button: 'Подтвердить подписку',
    ignore: 'Если это были не вы, просто проигнорируйте письмо: на этот адрес ничего не придёт.',
  },
  zh: {
    subject: '请确认订阅伙伴关系平台通讯',
    heading: '还差一步',
    body: '有人（希望是您）申请在此地址接收伙伴关系平台的通讯。在您确认之前，我们不会发送任何内容。',
    button: '确认订阅',
    ignore: '如果不是您本人，请忽略此邮件：此地址不会收到任何内容。',
  },
};

const ISSUE: Record<MailLanguage, { read: string; why: string; unsubscribe: string }> = {
  en: {
    read: 'Read this issue on the platform',
    why: 'You receive this because you subscribed to the Platform for Partnerships newsletter.',
    unsubscribe: 'Unsubscribe',
  },
  fr: {
    read: 'Lire ce numéro sur la plateforme',
    why: 'Vous recevez ce message parce que vous êtes abonné(e) à la lettre d’information de la Plateforme de partenariats.',
    unsubscribe: 'Se désabonner',
  },
  es: {
    read: 'Leer este número en la plataforma',
    why: 'Recibe este mensaje porque se suscribió al boletín de la Plataforma de Alianzas.',
    unsubscribe: 'Cancelar la suscripción',
  },
  ar: {
    read: 'اقرأ هذا العدد على المنصة',
    why: 'تصلك هذه الرسالة لأنك مشترك في النشرة الإخبارية لمنصة الشراكات.',
    unsubscribe: 'إلغاء الاشتراك',
  },
  ru: {
    read: 'Читать этот выпуск на платформе',
    why: 'Вы получили это письмо, потому что подписались на рассылку Платформы партнёрств.',
    unsubscribe: 'Отписаться',
  },
  zh: {
    read: '在平台上阅读本期',
    why: '您收到此邮件，是因为您订阅了伙伴关系平台通讯。',
    unsubscribe: '退订',
  },
};

export function newsletterConfirmation(data: NewsletterConfirmationData, language: MailLanguage): MailContent {
  const s = CONFIRM[language];
  return {
    language,
    subject: s.subject,
    heading: s.heading,
    blocks: [
      { kind: 'paragraph', text: s.body },
      { kind: 'button', label: s.button, url: data.confirmUrl },
    ],
    footer: [{ kind: 'paragraph', text: s.ignore }],
  };
}

export function newsletterIssue(data: NewsletterIssueData, language: MailLanguage): MailContent {
  const s = ISSUE[language];
  return {
    language,
    subject: data.title,
    heading: data.title,
    blocks: [
      ...(data.introduction.trim() ? [{ kind: 'quote' as const, text: data.introduction }] : []),
      ...data.sections.flatMap((section) => [
        { kind: 'heading' as const, text: section.heading },
        { kind: 'links' as const, items: section.items.map((i) => ({ title: i.title, url: i.url, note: i.summary })) },
      ]),
      { kind: 'button', label: s.read, url: data.issueUrl },
    ],
    footer: [
      { kind: 'paragraph', text: s.why },
      { kind: 'links', items: [{ title: s.unsubscribe, url: data.unsubscribeUrl }] },
    ],
  };
}

/** Section headings of an issue in the reader's language, by kind of publication. */
export const NEWSLETTER_SECTION_HEADINGS: Record<MailLanguage, Record<string, string>> = {
  en: {
    PRACTICE: 'New practices',
    CALL_FOR_ACTION: 'New calls for action',
    PROJECT: 'New partnership projects',
    POLICY_TOOL_EDITION: 'New tool editions',
    FIGURE: 'Figures',
  },
  fr: {
    PRACTICE: 'Nouvelles pratiques',
    CALL_FOR_ACTION: 'Nouveaux appels à l’action',
    PROJECT: 'Nouveaux projets de partenariat',
    POLICY_TOOL_EDITION: 'Nouvelles éditions d’outils',
    FIGURE: 'Chiffres',
  },
  es: {
    PRACTICE: 'Nuevas prácticas',
    CALL_FOR_ACTION: 'Nuevos llamamientos a la acción',
    PROJECT: 'Nuevos proyectos de alianza',
    POLICY_TOOL_EDITION: 'Nuevas ediciones de herramientas',
    FIGURE: 'Cifras',
  },
  ar: {
    PRACTICE: 'ممارسات جديدة',
    CALL_FOR_ACTION: 'دعوات جديدة إلى العمل',
    PROJECT: 'مشاريع شراكة جديدة',
    POLICY_TOOL_EDITION: 'إصدارات أدوات جديدة',
    FIGURE: 'أرقام',
  },
  ru: {
    PRACTICE: 'Новые практики',
    CALL_FOR_ACTION: 'Новые призывы к действию',
    PROJECT: 'Новые партнёрские проекты',
    POLICY_TOOL_EDITION: 'Новые издания инструментов',
    FIGURE: 'Цифры',
  },
  zh: { PRACTICE: '新实践', CALL_FOR_ACTION: '新行动呼吁', PROJECT: '新伙伴关系项目', POLICY_TOOL_EDITION: '新版工具', FIGURE: '数据' },
};
