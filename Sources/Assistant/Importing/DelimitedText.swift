import Foundation
import MigrationGuide

/// Rows of a spreadsheet saved as text: comma-, semicolon- or tab-separated, the separator chosen
/// from the header line (Excel in Portuguese writes `;`, since the comma is the decimal mark).
/// Quoted fields may hold separators, quotes (doubled) and line breaks; `\r\n` and `\n` both end a row.
public struct DelimitedText: Sendable {
    public var separator: Character
    public var header: [String]
    /// Each row after the header with its number as a spreadsheet shows it (the header is row 1).
    public var rows: [(number: Int, cells: [String])]
    /// A quote opened on this row is never closed: the rest of the file was read as one field.
    public var unclosedQuoteRow: Int?

    public init(_ text: String) {
        separator = Self.separator(ofHeader: text)
        var (records, unclosed) = Self.records(text, separator: separator)
        header = records.isEmpty ? [] : records.removeFirst().cells
        rows = records
        unclosedQuoteRow = unclosed
    }

    /// The separator that splits the first line into the most fields, outside quotes (a comma wins ties).
    static func separator(ofHeader text: String) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if !quoted, character == "\n" || character == "\r\n" || character == "\r" { break }
            if !quoted, counts[character] != nil { counts[character, default: 0] += 1 }
        }
        let best = counts.max { lhs, rhs in (lhs.value, lhs.key == "," ? 1 : 0) < (rhs.value, rhs.key == "," ? 1 : 0) }
        return best.map { $0.value > 0 ? $0.key : "," } ?? ","
    }

    /// The records, and the row of a quote never closed, if any.
    static func records(_ text: String, separator: Character) -> ([(number: Int, cells: [String])], unclosedQuote: Int?) {
        // Parsed over UTF-8 bytes: the separators and quotes are ASCII, and 100,000-row files are common.
        let separatorByte = separator.asciiValue ?? UInt8(ascii: ",")
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")
        var records: [(number: Int, cells: [String])] = []
        var cells: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var quoteOpenedOn = 0
        var afterQuote = false
        var fieldStarted = false
        let bytes = Array(text.utf8)
        var index = 0
        func endField() {
            cells.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldStarted = false
            afterQuote = false
        }
        func endRecord() {
            endField()
            records.append((records.count + 1, cells))
            cells = []
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                if byte == quote {
                    if index < bytes.count, bytes[index] == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case quote where !fieldStarted || afterQuote:
                inQuotes = true
                fieldStarted = true
                quoteOpenedOn = records.count + 1
            case separatorByte:
                endField()
            case carriage:
                if index < bytes.count, bytes[index] == newline { index += 1 }
                endRecord()
            case newline:
                endRecord()
            default:
                field.append(byte)
                fieldStarted = true
            }
        }
        if fieldStarted || !field.isEmpty || !cells.isEmpty || inQuotes { endRecord() }
        return (records, inQuotes ? quoteOpenedOn : nil)
    }
}

/// Where each wanted column is in a header, found by any of its names (case, accents and spaces
/// ignored), so an export's extra columns and another language's names are read alike.
struct HeaderColumns {
    /// Wanted column (its first name) → cell index.
    private(set) var index: [String: Int] = [:]
    /// Wanted columns that are required and absent, by their first name.
    private(set) var missing: [String] = []
    /// Wanted column → its name as the file's header writes it, for messages.
    private(set) var written: [String: String] = [:]

    /// `wanted`: each column's names, first the one messages use; `required`: first names.
    init(_ header: [String], wanted: [[String]], required: Set<String>) {
        let keys = header.map(Self.key)
        for names in wanted {
            guard let name = names.first else { continue }
            if let found = names.lazy.compactMap({ keys.firstIndex(of: Self.key($0)) }).first {
                index[name] = found
                written[name] = InputPolicy.trimmedWhitespace(header[found])
            } else if required.contains(name) {
                missing.append(name)
            }
        }
    }

    static func key(_ name: String) -> String {
        comparisonKey(name.replacingOccurrences(of: "_", with: " "))
    }

    /// A column's name as the file writes it (`licenças` for seats), else its own.
    func label(_ name: String) -> String { written[name].flatMap { $0.isEmpty ? nil : $0 } ?? name }

    /// The cell of a column in a row, trimmed; nil when the column is absent or the cell empty.
    func cell(_ name: String, in cells: [String]) -> String? {
        guard let position = index[name], position < cells.count else { return nil }
        let value = InputPolicy.trimmedWhitespace(cells[position])
        return value.isEmpty ? nil : value
    }
}
