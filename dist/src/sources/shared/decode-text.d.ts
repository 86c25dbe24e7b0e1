export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';
export interface DecodedText {
    text: string;
    encoding: TextEncoding;
}
/** Decodes file bytes; the BOM, when there is one, is not part of the text. */
export declare function decodeText(bytes: Uint8Array): DecodedText;
/** Reads a text input whatever its encoding; fs errors are thrown as readFileSync throws them. */
export declare function readTextFile(file: string): string;
