/** The Word writer: every draft, small or large, goes through the same streaming WordprocessingML writer. */
export { renderDocx } from "./render-docx";
