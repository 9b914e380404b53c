// A small Docusaurus site of blogsearch's own (fictional text), for DocusaurusGeneratorTest.
import type {Config} from '@docusaurus/types';

// url: 'https://old-address.example.net',  (a comment: never read)
const config: Config = {
  title: 'Lantern Handbook',
  url: 'https://lantern.example.dev',
  baseUrl: '/handbook/',
  i18n: {
    defaultLocale: 'en',
    locales: ['en'],
  },
  presets: [
    [
      'classic',
      {
        docs: {
          path: 'docs',
          routeBasePath: 'guide',
        },
        blog: {
          path: 'updates',
          routeBasePath: 'news',
          feedOptions: {type: 'all', title: 'Lantern news'},
        },
      },
    ],
  ],
};

export default config;
