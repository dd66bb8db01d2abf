/** Facts the page publishes about itself, read by more than one element (gov-article, gov-share). No side effects. */

/** The page's canonical URL (`<link rel="canonical">`), or its address without the fragment. */
export function canonicalUrl(doc: Document = document): string {
  const link = doc.querySelector<HTMLLinkElement>('link[rel="canonical"][href]');
  if (link?.href) return link.href;
  // A serialized URL's first # starts its fragment.
  return (doc.location ?? location).href.split('#')[0]!;
}

/** The content of `<meta name="…">`, trimmed; empty when the tag is missing. */
export function metaContent(name: string, doc: Document = document): string {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${name}"]`);
  return meta?.content.trim() ?? '';
}
