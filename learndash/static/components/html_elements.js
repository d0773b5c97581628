/**
 * The html.* components the renderer mounts: the class names of `ELEMENTS` in
 * learndash/html_elements.py, in the same order (a test keeps the two lists equal). A component
 * whose type is not here is not mounted as a tag (see registry.js).
 */

/** Every html.* class name, e.g. "Div", "MapEl". */
export const ELEMENT_NAMES = new Set(`
  A Abbr Acronym Address Area Article Aside Audio B Base Basefont Bdi Bdo Big Blink Blockquote Br
  Button Canvas Caption Center Cite Code Col Colgroup Content Data Datalist Dd Del Details Dfn Dialog
  Div Dl Dt Em Embed Fieldset Figcaption Figure Font Footer Form Frame Frameset H1 H2 H3 H4 H5 H6
  Header Hgroup Hr I Iframe Img Ins Kbd Keygen Label Legend Li Link Main MapEl Mark Marquee Meta
  Meter Nav Nobr Noscript ObjectEl Ol Optgroup Option Output P Param Picture Plaintext Pre Progress Q
  Rb Rp Rt Rtc Ruby S Samp Script Section Select Shadow Slot Small Source Spacer Span Strike Strong
  Sub Summary Sup Table Tbody Td Template Textarea Tfoot Th Thead Time Title Tr Track U Ul Var Video
  Wbr Xmp
`.split(/\s+/).filter(Boolean));

/** Class names that are not the tag name in lower case (`map` and `object` are Python builtins). */
export const TAG_NAMES = { MapEl: "map", ObjectEl: "object" };
