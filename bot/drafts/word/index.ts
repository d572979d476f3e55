/** The streaming Word writer for large drafts (small ones go through the `docx` library in ../render-docx). */
export { renderDocxStreaming } from "./render-docx-streaming";
