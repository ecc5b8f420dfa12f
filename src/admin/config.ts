// The Sveltia CMS configuration (written to dist/admin/config.yml at build time): the
// report's texts as one bilingual collection, Ukrainian and English side by side, with
// the frontmatter fields of src/site/content/frontmatter.ts labelled in Ukrainian.
import { frontmatterSchema, sectionPattern } from '../site/content/frontmatter.ts';

/** Where the site's repository lives and how editors sign in (docs: content/README.md). */
export interface BackendOptions {
  /** `owner/name` of the GitHub repository; GitHub Actions sets GITHUB_REPOSITORY. */
  repo: string;
  branch: string;
  /** URL of the Association's Sveltia CMS authenticator (OAuth relay); none: token sign-in only. */
  authUrl?: string;
  /** One pull request per change, merged after review (Sveltia's editorial workflow). */
  review: boolean;
}

/** Frontmatter keys in the order the texts write them (and the editor shows them). */
export const frontmatterOrder = ['title', 'nav', 'description', 'page', 'order', 'section'] as const;

const pageLabels: Record<(typeof frontmatterSchema.shape.page.options)[number], string> = {
  report: 'Звіт (розділ звіту)',
  methodology: 'Методологія',
  data: 'Дані',
  about: 'Про проєкт', // as the site's menu names it (00-intro, a report section, is «Про опитування»)
  press: 'Для преси',
};

/** The whole CMS configuration as a plain object (serialised to YAML by scripts/build-admin.ts). */
export function cmsConfig(backend: BackendOptions): Record<string, unknown> {
  return {
    backend: {
      name: 'github',
      repo: backend.repo,
      branch: backend.branch,
      // Without the Association's relay, Sveltia's «Увійти через GitHub» would send the editor to
      // Netlify's (api.netlify.com), which does not know this site: only the token sign-in is offered.
      ...(backend.authUrl ? { base_url: backend.authUrl } : { auth_methods: ['token'] }),
      commit_messages: {
        create: 'Тексти: новий розділ {{slug}}',
        update: 'Тексти: змінено {{slug}}',
        delete: 'Тексти: видалено {{slug}}',
        uploadMedia: 'Зображення: {{path}}',
        deleteMedia: 'Зображення: видалено {{path}}',
      },
    },
    ...(backend.review ? { publish_mode: 'editorial_workflow' } : {}),
    // Images, if a text ever needs one, live in one folder and are served from /images/.
    media_folder: 'public/images',
    public_folder: '/images',
    // Without this, empty optional fields are written as `nav: ''`, which changes files nobody edited.
    output: { omit_empty_optional_fields: true },
    i18n: { structure: 'multiple_folders', locales: ['uk', 'en'], default_locale: 'uk' },
    collections: [
      {
        name: 'texts',
        label: 'Тексти звіту',
        label_singular: 'текст',
        description:
          'Кожен текст має дві мовні версії: українську (content/uk) і англійську (content/en). ' +
          'Перед збереженням сайт перевіряє текст так само, як під час публікації.',
        folder: 'content',
        extension: 'mdx',
        format: 'frontmatter',
        i18n: true,
        create: true,
        delete: true,
        identifier_field: 'title',
        // Sveltia asks for the file name when a text is created (content/uk/<name>.mdx).
        slug: { editable: true },
        summary: '{{title}}',
        sortable_fields: { fields: ['page', 'order', 'title'], default: { field: 'order' } },
        editor: { preview: true },
        fields: [
          { name: 'title', label: 'Заголовок', widget: 'string', i18n: true },
          {
            name: 'nav',
            label: 'Коротка назва для змісту',
            hint: 'Необов’язково: якщо порожньо, у змісті буде заголовок.',
            widget: 'string',
            required: false,
            i18n: true,
          },
          { name: 'description', label: 'Опис (для пошукових систем і соцмереж)', widget: 'text', i18n: true },
          {
            name: 'page',
            label: 'Сторінка',
            widget: 'select',
            options: Object.entries(pageLabels).map(([value, label]) => ({ value, label })),
            i18n: 'duplicate',
          },
          {
            name: 'order',
            label: 'Порядок на сторінці',
            hint: 'Ціле число: менше — вище. Два тексти однієї сторінки не можуть мати однакове число.',
            widget: 'number',
            value_type: 'int',
            min: 0,
            i18n: 'duplicate',
          },
          {
            name: 'section',
            label: 'Якір розділу (латиницею)',
            hint: 'Частина адреси після #, однакова в обох мовах, напр. strategy. Необов’язково.',
            widget: 'string',
            required: false,
            pattern: [sectionPattern.source, 'Лише малі латинські літери, цифри й дефіс, напр. strategy'],
            i18n: 'duplicate',
          },
          { name: 'body', label: 'Текст', widget: 'markdown', i18n: true },
        ],
      },
    ],
  };
}
