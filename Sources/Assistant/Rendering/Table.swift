/// Columns padded to their widest cell, numbers right-aligned, for listings read in a terminal.
struct Table {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    init(_ columns: [(String, Alignment)]) {
        headers = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    mutating func add(_ cells: [String]) {
        rows.append(cells)
    }

    /// The lines, indented by `indent` spaces; the header is passed through `heading` (bold).
    func lines(indent: Int = 2, heading: (String) -> String = { $0 }) -> [String] {
        var widths = headers.map(Self.width)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], Self.width(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (index, cell) in cells.enumerated() {
                let padding = String(repeating: " ", count: max(0, widths[index] - Self.width(cell)))
                let isLast = index == cells.count - 1
                switch alignments[index] {
                case .left: parts.append(isLast ? cell : cell + padding)
                case .right: parts.append(padding + cell)
                }
            }
            // No trailing spaces when the last cells are empty: transcripts compare lines exactly.
            var line = String(repeating: " ", count: indent) + parts.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
        return [heading(line(headers))] + rows.map(line)
    }

    /// Terminal columns a string takes: East Asian wide characters count two, combining marks none.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let value = scalar.value
            if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark { return total }
            let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1F64F).contains(value)
                || (0x20000...0x3FFFD).contains(value)
            return total + (wide ? 2 : 1)
        }
    }
}
