/** The small, fixed parts of a .docx around document.xml and comments.xml: package, styles, list, properties. */
import { escapeXml } from "./wordml-xml";

const W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_DOCUMENT = "application/vnd.openxmlformats-officedocument";

export const DOCUMENT_START = `${XML_DECLARATION}<w:document xmlns:w="${W_NAMESPACE}" xmlns:r="${RELATIONSHIPS}"><w:body>`;
/** A4 portrait with 2.54 cm margins, as the docx library sets it. */
export const DOCUMENT_END =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>';
export const COMMENTS_START = `${XML_DECLARATION}<w:comments xmlns:w="${W_NAMESPACE}" xmlns:r="${RELATIONSHIPS}">`;
export const COMMENTS_END = "</w:comments>";

export const CONTENT_TYPES = `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/word/document.xml" ContentType="${OFFICE_DOCUMENT}.wordprocessingml.document.main+xml"/>\
<Override PartName="/word/styles.xml" ContentType="${OFFICE_DOCUMENT}.wordprocessingml.styles+xml"/>\
<Override PartName="/word/numbering.xml" ContentType="${OFFICE_DOCUMENT}.wordprocessingml.numbering+xml"/>\
<Override PartName="/word/settings.xml" ContentType="${OFFICE_DOCUMENT}.wordprocessingml.settings+xml"/>\
<Override PartName="/word/comments.xml" ContentType="${OFFICE_DOCUMENT}.wordprocessingml.comments+xml"/>\
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
<Override PartName="/docProps/app.xml" ContentType="${OFFICE_DOCUMENT}.extended-properties+xml"/>\
</Types>`;

export const PACKAGE_RELS = `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">\
<Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="word/document.xml"/>\
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
<Relationship Id="rId3" Type="${RELATIONSHIPS}/extended-properties" Target="docProps/app.xml"/>\
</Relationships>`;

export const DOCUMENT_RELS = `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">\
<Relationship Id="rId1" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>\
<Relationship Id="rId2" Type="${RELATIONSHIPS}/numbering" Target="numbering.xml"/>\
<Relationship Id="rId3" Type="${RELATIONSHIPS}/settings" Target="settings.xml"/>\
<Relationship Id="rId4" Type="${RELATIONSHIPS}/comments" Target="comments.xml"/>\
</Relationships>`;

/** Headings keep with their text; an area (Heading 1) starts on a new page. */
function heading(level: number, color: string, size: number): string {
  const pageBreak = level === 1 ? "<w:pageBreakBefore/>" : "";
  return `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:keepLines/>${pageBreak}<w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:color w:val="${color}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
}

/** Word's built-in style ids (Heading1, TOC1, CommentText …), so that Word's own features (navigation pane, table of contents, restyling) work on them. */
export const STYLES = `${XML_DECLARATION}<w:styles xmlns:w="${W_NAMESPACE}">\
<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:rPr><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>\
${heading(1, "2E74B5", 32)}${heading(2, "2E74B5", 26)}${heading(3, "1F4D78", 24)}${heading(4, "1F4D78", 22)}\
<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:pageBreakBefore/><w:spacing w:before="240" w:after="120"/></w:pPr><w:rPr><w:color w:val="2E74B5"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs><w:spacing w:after="60"/></w:pPr></w:style>\
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>\
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>\
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>\
<w:style w:type="character" w:styleId="SourceMarker"><w:name w:val="Source marker"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="666666"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>\
</w:styles>`;

export const NUMBERING = `${XML_DECLARATION}<w:numbering xmlns:w="${W_NAMESPACE}">\
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>\
<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>\
</w:numbering>`;

export const SETTINGS = `${XML_DECLARATION}<w:settings xmlns:w="${W_NAMESPACE}"><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

export function coreProperties(title: string, description: string, creator: string, createdAt: string): string {
  return `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
<dc:title>${escapeXml(title)}</dc:title><dc:description>${escapeXml(description)}</dc:description><dc:creator>${escapeXml(creator)}</dc:creator>\
<dcterms:created xsi:type="dcterms:W3CDTF">${escapeXml(createdAt)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${escapeXml(createdAt)}</dcterms:modified></cp:coreProperties>`;
}

export function appProperties(application: string): string {
  return `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${escapeXml(application)}</Application></Properties>`;
}
