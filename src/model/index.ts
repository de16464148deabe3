/** Data types shared by every stage: the article contract, raw documents and identifiers. */
export * from './article.js'
export * from './raw-document.js'
export * from './ids.js'
export * from './new-article.js'
export * from './unavailable.js'
