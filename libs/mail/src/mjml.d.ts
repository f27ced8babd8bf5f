declare module 'mjml' {
  interface MjmlResult {
    html: string;
    errors: Array<{ line: number; message: string; tagName: string; formattedMessage: string }>;
  }
  /** mjml 5 renders asynchronously. */
  function mjml2html(input: string, options?: { validationLevel?: 'strict' | 'soft' | 'skip'; minify?: boolean; keepComments?: boolean }): Promise<MjmlResult>;
  export = mjml2html;
}
