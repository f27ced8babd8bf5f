import type { MailContent, MailLanguage } from './layout';

export interface InvitationData {
  displayName: string;
  organizationName: string;
  /** null: the Support Unit invites. */
  inviterName: string | null;
  role: 'ADMIN' | 'MEMBER';
  url: string;
}
export interface PasswordResetData {
  displayName: string;
  url: string;
}
export interface AccountRequestDeclinedData {
  contactName: string;
  organizationName: string;
  reason: string;
  url: string;
}

type Strings<D> = Record<MailLanguage, (d: D) => Omit<MailContent, 'language'>>;

const p = (text: string) => ({ kind: 'paragraph' as const, text });

const INVITATION: Strings<InvitationData> = {
  en: (d) => ({
    subject: `You are invited to the Platform for Partnerships (${d.organizationName})`,
    heading: `Hello ${d.displayName},`,
    blocks: [
      p(
        `${d.inviterName ?? 'The GFMD Support Unit'} invites you to the Platform for Partnerships as ${d.role === 'ADMIN' ? 'an administrator' : 'a member'} of ${d.organizationName}.`,
      ),
      p('Choose your password here (the link works once, for 7 days):'),
      { kind: 'button', label: 'Choose my password', url: d.url },
    ],
    footer: [p('If you did not expect this invitation, ignore this message.')],
  }),
  fr: (d) => ({
    subject: `Vous êtes invité(e) sur la Plateforme de partenariats (${d.organizationName})`,
    heading: `Bonjour ${d.displayName},`,
    blocks: [
      p(
        `${d.inviterName ?? 'L’Unité d’appui du FMMD'} vous invite sur la Plateforme de partenariats en tant ${d.role === 'ADMIN' ? 'qu’administrateur ou administratrice' : 'que membre'} de ${d.organizationName}.`,
      ),
      p('Choisissez votre mot de passe ici (le lien ne sert qu’une fois, pendant 7 jours) :'),
      { kind: 'button', label: 'Choisir mon mot de passe', url: d.url },
    ],
    footer: [p('Si vous n’attendiez pas cette invitation, ignorez ce message.')],
  }),
  es: (d) => ({
    subject: `Está invitado/a a la Plataforma de Alianzas (${d.organizationName})`,
    heading: `Hola, ${d.displayName}:`,
    blocks: [
      p(
        `${d.inviterName ?? 'La Unidad de Apoyo del FMMD'} le invita a la Plataforma de Alianzas como ${d.role === 'ADMIN' ? 'administrador/a' : 'miembro'} de ${d.organizationName}.`,
      ),
      p('Elija su contraseña aquí (el enlace sirve una vez, durante 7 días):'),
      { kind: 'button', label: 'Elegir mi contraseña', url: d.url },
    ],
    footer: [p('Si no esperaba esta invitación, ignore este mensaje.')],
  }),
  ar: (d) => ({
    subject: `دعوة إلى منصة الشراكات (${d.organizationName})`,
    heading: `مرحبًا ${d.displayName}،`,
    blocks: [
      p(
        `${d.inviterName ?? 'وحدة الدعم في المنتدى العالمي للهجرة والتنمية'} تدعوك إلى منصة الشراكات ${d.role === 'ADMIN' ? 'مسؤولًا' : 'عضوًا'} في ${d.organizationName}.`,
      ),
      p('اختر كلمة المرور هنا (يعمل الرابط مرة واحدة، لمدة 7 أيام):'),
      { kind: 'button', label: 'اختيار كلمة المرور', url: d.url },
    ],
    footer: [p('إن لم تكن تتوقع هذه الدعوة، فتجاهل هذه الرسالة.')],
  }),
  ru: (d) => ({
    subject: `Приглашение на Платформу партнёрств (${d.organizationName})`,
    heading: `Здравствуйте, ${d.displayName}!`,
    blocks: [
      p(
        `${d.inviterName ?? 'Группа поддержки ГФМР'} приглашает вас на Платформу партнёрств как ${d.role === 'ADMIN' ? 'администратора' : 'участника'} организации ${d.organizationName}.`,
      ),
      p('Выберите пароль здесь (ссылка действует один раз, 7 дней):'),
      { kind: 'button', label: 'Выбрать пароль', url: d.url },
    ],
    footer: [p('Если вы не ждали этого приглашения, проигнорируйте письмо.')],
  }),
  zh: (d) => ({
    subject: `邀请您加入伙伴关系平台（${d.organizationName}）`,
    heading: `${d.displayName}，您好：`,
    blocks: [
      p(`${d.inviterName ?? '全球移民与发展论坛支持股'}邀请您以${d.organizationName}${d.role === 'ADMIN' ? '管理员' : '成员'}的身份加入伙伴关系平台。`),
      p('请在此设置密码（链接仅可使用一次，7 天内有效）：'),
      { kind: 'button', label: '设置密码', url: d.url },
    ],
    footer: [p('如果您没有预料到此邀请，请忽略此邮件。')],
  }),
};

const PASSWORD_RESET: Strings<PasswordResetData> = {
  en: (d) => ({
    subject: 'Reset your Platform for Partnerships password',
    heading: `Hello ${d.displayName},`,
    blocks: [
      p('Someone (we hope you) asked to reset your password. Choose a new one here (the link works once, for 1 hour):'),
      { kind: 'button', label: 'Choose a new password', url: d.url },
    ],
    footer: [p('If it was not you, ignore this message: your password stays as it is.')],
  }),
  fr: (d) => ({
    subject: 'Réinitialisez votre mot de passe de la Plateforme de partenariats',
    heading: `Bonjour ${d.displayName},`,
    blocks: [
      p(
        'Quelqu’un (vous, espérons-le) a demandé à réinitialiser votre mot de passe. Choisissez-en un nouveau ici (le lien ne sert qu’une fois, pendant 1 heure) :',
      ),
      { kind: 'button', label: 'Choisir un nouveau mot de passe', url: d.url },
    ],
    footer: [p('Si ce n’était pas vous, ignorez ce message : votre mot de passe reste inchangé.')],
  }),
  es: (d) => ({
    subject: 'Restablezca su contraseña de la Plataforma de Alianzas',
    heading: `Hola, ${d.displayName}:`,
    blocks: [
      p('Alguien (esperamos que usted) pidió restablecer su contraseña. Elija una nueva aquí (el enlace sirve una vez, durante 1 hora):'),
      { kind: 'button', label: 'Elegir una nueva contraseña', url: d.url },
    ],
    footer: [p('Si no fue usted, ignore este mensaje: su contraseña no cambia.')],
  }),
  ar: (d) => ({
    subject: 'إعادة تعيين كلمة المرور في منصة الشراكات',
    heading: `مرحبًا ${d.displayName}،`,
    blocks: [
      p('طلب شخصٌ ما (نأمل أن تكون أنت) إعادة تعيين كلمة المرور. اختر كلمة جديدة هنا (يعمل الرابط مرة واحدة، لمدة ساعة):'),
      { kind: 'button', label: 'اختيار كلمة مرور جديدة', url: d.url },
    ],
    footer: [p('إن لم تكن أنت، فتجاهل هذه الرسالة: تبقى كلمة المرور كما هي.')],
  }),
  ru: (d) => ({
    subject: 'Сброс пароля на Платформе партнёрств',
    heading: `Здравствуйте, ${d.displayName}!`,
    blocks: [
      p('Кто-то (надеемся, вы) попросил сбросить ваш пароль. Выберите новый здесь (ссылка действует один раз, 1 час):'),
      { kind: 'button', label: 'Выбрать новый пароль', url: d.url },
    ],
    footer: [p('Если это были не вы, проигнорируйте письмо: пароль останется прежним.')],
  }),
  zh: (d) => ({
    subject: '重置您的伙伴关系平台密码',
    heading: `${d.displayName}，您好：`,
    blocks: [p('有人（希望是您）申请重置您的密码。请在此设置新密码（链接仅可使用一次，1 小时内有效）：'), { kind: 'button', label: '设置新密码', url: d.url }],
    footer: [p('如果不是您本人，请忽略此邮件：您的密码保持不变。')],
  }),
};

const ACCOUNT_REQUEST_DECLINED: Strings<AccountRequestDeclinedData> = {
  en: (d) => ({
    subject: 'Your request for a Platform for Partnerships account',
    heading: `Hello ${d.contactName},`,
    blocks: [
      p(`The GFMD Support Unit has declined the request for an account for ${d.organizationName}:`),
      { kind: 'quote', text: d.reason },
      p(`You may send a new request at ${d.url}`),
    ],
    footer: [],
  }),
  fr: (d) => ({
    subject: 'Votre demande de compte sur la Plateforme de partenariats',
    heading: `Bonjour ${d.contactName},`,
    blocks: [
      p(`L’Unité d’appui du FMMD a refusé la demande de compte pour ${d.organizationName} :`),
      { kind: 'quote', text: d.reason },
      p(`Vous pouvez envoyer une nouvelle demande sur ${d.url}`),
    ],
    footer: [],
  }),
  es: (d) => ({
    subject: 'Su solicitud de cuenta en la Plataforma de Alianzas',
    heading: `Hola, ${d.contactName}:`,
    blocks: [
      p(`La Unidad de Apoyo del FMMD ha rechazado la solicitud de cuenta para ${d.organizationName}:`),
      { kind: 'quote', text: d.reason },
      p(`Puede enviar una nueva solicitud en ${d.url}`),
    ],
    footer: [],
  }),
  ar: (d) => ({
    subject: 'طلبك لحساب في منصة الشراكات',
    heading: `مرحبًا ${d.contactName}،`,
    blocks: [p(`رفضت وحدة الدعم طلب إنشاء حساب لـ ${d.organizationName}:`), { kind: 'quote', text: d.reason }, p(`يمكنك إرسال طلب جديد على ${d.url}`)],
    footer: [],
  }),
  ru: (d) => ({
    subject: 'Ваша заявка на учётную запись на Платформе партнёрств',
    heading: `Здравствуйте, ${d.contactName}!`,
    blocks: [
      p(`Группа поддержки ГФМР отклонила заявку на учётную запись для ${d.organizationName}:`),
      { kind: 'quote', text: d.reason },
      p(`Новую заявку можно отправить здесь: ${d.url}`),
    ],
    footer: [],
  }),
  zh: (d) => ({
    subject: '您的伙伴关系平台账户申请',
    heading: `${d.contactName}，您好：`,
    blocks: [p(`全球移民与发展论坛支持股已拒绝为${d.organizationName}开设账户的申请：`), { kind: 'quote', text: d.reason }, p(`您可以在此重新申请：${d.url}`)],
    footer: [],
  }),
};

export const invitation = (d: InvitationData, language: MailLanguage): MailContent => ({ language, ...INVITATION[language](d) });
export const passwordReset = (d: PasswordResetData, language: MailLanguage): MailContent => ({ language, ...PASSWORD_RESET[language](d) });
export const accountRequestDeclined = (d: AccountRequestDeclinedData, language: MailLanguage): MailContent => ({
  language,
  ...ACCOUNT_REQUEST_DECLINED[language](d),
});
