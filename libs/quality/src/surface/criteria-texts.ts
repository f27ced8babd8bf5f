import type { CriterionText } from '../domain/quality-criteria';

type Texts = Record<CriterionText['language'], [title: string, explanation: string]>;

/**
 * The seven criteria of the demo data: what the UN Migration Network Hub and the 2011 report
 * look for in a practice, each titled and explained in the six UN languages.
 */
const CRITERIA: Record<string, Texts> = {
  'evidence-of-results': {
    en: ['Evidence of results', 'The practice shows what it achieved, with figures or an evaluation that others can check.'],
    fr: ['Preuves de résultats', 'La pratique montre ce qu’elle a obtenu, avec des chiffres ou une évaluation vérifiables.'],
    es: ['Evidencia de resultados', 'La práctica muestra lo que logró, con cifras o una evaluación que otros pueden comprobar.'],
    ar: ['أدلة على النتائج', 'تبيّن الممارسة ما حققته بأرقام أو بتقييم يمكن للآخرين التحقق منه.'],
    ru: ['Подтверждённые результаты', 'Практика показывает, чего она достигла, с цифрами или оценкой, которые можно проверить.'],
    zh: ['成果证据', '该做法以他人可核查的数据或评估说明其取得的成果。'],
  },
  sustainability: {
    en: ['Sustainability', 'The practice can continue after its first funding ends: people, budget and institutions carry it.'],
    fr: ['Durabilité', 'La pratique peut se poursuivre après son premier financement : des personnes, un budget et des institutions la portent.'],
    es: ['Sostenibilidad', 'La práctica puede continuar cuando termina su primera financiación: la sostienen personas, presupuesto e instituciones.'],
    ar: ['الاستدامة', 'يمكن أن تستمر الممارسة بعد انتهاء تمويلها الأول: يحملها أشخاص وميزانية ومؤسسات.'],
    ru: ['Устойчивость', 'Практика может продолжаться после окончания первого финансирования: её поддерживают люди, бюджет и институты.'],
    zh: ['可持续性', '首轮资金结束后该做法仍可延续：有人员、预算和机构予以支撑。'],
  },
  replicability: {
    en: ['Replicability', 'Others can repeat the practice elsewhere; say where it was replicated or what it takes.'],
    fr: ['Reproductibilité', 'D’autres peuvent reproduire la pratique ailleurs ; indiquez où elle l’a été ou ce qu’il faut pour cela.'],
    es: ['Replicabilidad', 'Otros pueden repetir la práctica en otro lugar; indique dónde se replicó o qué requiere.'],
    ar: ['قابلية التكرار', 'يمكن للآخرين تكرار الممارسة في مكان آخر؛ اذكر أين كُررت أو ما يتطلبه ذلك.'],
    ru: ['Воспроизводимость', 'Практику можно повторить в другом месте; укажите, где её повторили или что для этого нужно.'],
    zh: ['可复制性', '他人可在别处重复该做法；请说明已在何处复制或需要哪些条件。'],
  },
  partnership: {
    en: ['Partnership', 'The practice was designed and run with partners: other governments, organisations, civil society or the private sector.'],
    fr: ['Partenariat', 'La pratique a été conçue et menée avec des partenaires : autres gouvernements, organisations, société civile ou secteur privé.'],
    es: ['Alianza', 'La práctica se diseñó y ejecutó con socios: otros gobiernos, organizaciones, sociedad civil o sector privado.'],
    ar: ['الشراكة', 'صُممت الممارسة ونُفذت مع شركاء: حكومات أخرى أو منظمات أو المجتمع المدني أو القطاع الخاص.'],
    ru: ['Партнёрство', 'Практика разработана и осуществляется с партнёрами: другими правительствами, организациями, гражданским обществом или бизнесом.'],
    zh: ['伙伴关系', '该做法与伙伴共同设计和实施：其他政府、组织、民间社会或私营部门。'],
  },
  innovation: {
    en: ['Innovation', 'The practice tries something new in its setting, and says what is new about it.'],
    fr: ['Innovation', 'La pratique essaie quelque chose de nouveau dans son contexte et dit ce qui est nouveau.'],
    es: ['Innovación', 'La práctica prueba algo nuevo en su contexto y explica qué tiene de nuevo.'],
    ar: ['الابتكار', 'تجرب الممارسة شيئًا جديدًا في سياقها وتوضح ما الجديد فيها.'],
    ru: ['Новизна', 'Практика пробует новое в своих условиях и объясняет, в чём новизна.'],
    zh: ['创新', '该做法在其环境中尝试新事物，并说明新在何处。'],
  },
  'rights-and-gender': {
    en: [
      'Rights-based and gender-responsive approach',
      'The practice respects the human rights of migrants and takes account of women, men, girls and boys differently.',
    ],
    fr: [
      'Approche fondée sur les droits et sensible au genre',
      'La pratique respecte les droits humains des migrants et tient compte des femmes, des hommes, des filles et des garçons.',
    ],
    es: [
      'Enfoque basado en derechos y con perspectiva de género',
      'La práctica respeta los derechos humanos de los migrantes y tiene en cuenta a mujeres, hombres, niñas y niños.',
    ],
    ar: ['نهج قائم على الحقوق ومراعٍ للمنظور الجنساني', 'تحترم الممارسة حقوق الإنسان للمهاجرين وتراعي النساء والرجال والفتيات والفتيان.'],
    ru: [
      'Правозащитный и гендерно чувствительный подход',
      'Практика уважает права человека мигрантов и учитывает положение женщин, мужчин, девочек и мальчиков.',
    ],
    zh: ['基于权利和促进性别平等的方针', '该做法尊重移民的人权，并区别考虑妇女、男子、女童和男童。'],
  },
  'cost-and-resources': {
    en: ['Cost and resources stated', 'The practice says what it cost and what people, time and means it took.'],
    fr: ['Coûts et ressources indiqués', 'La pratique indique ce qu’elle a coûté et les personnes, le temps et les moyens nécessaires.'],
    es: ['Costos y recursos declarados', 'La práctica indica cuánto costó y qué personas, tiempo y medios requirió.'],
    ar: ['بيان التكلفة والموارد', 'تذكر الممارسة تكلفتها وما تطلبته من أشخاص ووقت ووسائل.'],
    ru: ['Указаны затраты и ресурсы', 'Практика сообщает, сколько она стоила и какие люди, время и средства потребовались.'],
    zh: ['说明成本和资源', '该做法说明其成本以及所需的人员、时间和手段。'],
  },
};

export const DEMO_CRITERIA: Array<{ key: string; texts: CriterionText[] }> = Object.entries(CRITERIA).map(([key, texts]) => ({
  key,
  texts: (['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const).map((language) => ({ language, title: texts[language][0], explanation: texts[language][1] })),
}));
