import Foundation

/// A file's bytes as text, with the encoding it was found in. Spreadsheets saved by Excel come as
/// UTF-8 (often with a byte-order mark), as Windows-1252 ("CSV (separado por vírgulas)" in a
/// Portuguese Windows), or as UTF-16 ("Texto Unicode"); the import says which it read.
public struct SourceText: Sendable {
    public enum Encoding: String, Sendable, Encodable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8 with BOM"
        case utf16 = "UTF-16"
        case windows1252 = "Windows-1252"
    }

    public var text: String
    public var encoding: Encoding

    /// Decodes UTF-8 (BOM removed) or UTF-16 with its BOM; bytes that are not UTF-8 are read as
    /// Windows-1252, which maps every byte to a character (the five unassigned ones to U+FFFD,
    /// which the text checks then refuse as not printable).
    public init(_ data: Data) {
        if data.starts(with: [0xEF, 0xBB, 0xBF]), let text = String(validating: data.dropFirst(3), as: UTF8.self) {
            self.init(text: text, encoding: .utf8WithBOM)
        } else if let text = String(validating: data, as: UTF8.self) {
            self.init(text: text, encoding: .utf8)
        } else if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]),
                  let text = String(data: data, encoding: .utf16) {
            self.init(text: text.first == "\u{FEFF}" ? String(text.dropFirst()) : text, encoding: .utf16)
        } else {
            var scalars = String.UnicodeScalarView()
            for byte in data { scalars.append(Self.windows1252(byte)) }
            self.init(text: String(scalars), encoding: .windows1252)
        }
    }

    public init(text: String, encoding: Encoding) {
        self.text = text
        self.encoding = encoding
    }

    /// Windows-1252: Latin-1 except 0x80–0x9F, where it puts € and typographic punctuation.
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let high: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
            0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        return Unicode.Scalar(high[Int(byte - 0x80)]) ?? "\u{FFFD}"
    }
}
