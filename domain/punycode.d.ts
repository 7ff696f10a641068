// Typings for the `punycode` npm package (imported as 'punycode/' so that
// Node's deprecated built-in of the same name is never picked up).
declare module 'punycode/' {
  const punycode: {
    toASCII(input: string): string
    toUnicode(input: string): string
  }
  export default punycode
}
