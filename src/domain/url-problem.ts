/**
 * Why a link's parameter was dropped or adjusted: a message of the interface's URL catalog
 * (src/domain/i18n/panels/url-*.ts) and its values, so the notice reads in the reader's language.
 * The domain may not import the catalog; a unit test checks that every key used is in it. Pure.
 */
export type UrlMessageKey = `url.${string}`;

export interface UrlProblem {
  key: UrlMessageKey;
  values?: Record<string, string | number>;
}

export const urlProblem = (key: UrlMessageKey, values?: Record<string, string | number>): UrlProblem => (values ? { key, values } : { key });
