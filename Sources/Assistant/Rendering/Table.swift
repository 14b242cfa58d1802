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
        // Widths are measured once per cell: a portfolio table has tens of thousands of them.
        let measured = ([headers] + rows).map { $0.map { ($0, Self.width($0)) } }
        var widths = Array(repeating: 0, count: headers.count)
        for row in measured {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.1)
            }
        }
        let capacity = indent + widths.reduce(0, +) + 2 * widths.count
        func pad(_ line: inout String, _ count: Int) {
            for _ in 0..<max(0, count) { line.append(" ") }
        }
        func line(_ cells: [(String, Int)]) -> String {
            var line = ""
            line.reserveCapacity(capacity + 16)
            pad(&line, indent)
            for (index, (cell, width)) in cells.enumerated() {
                if index > 0 { line.append("  ") }
                switch alignments[index] {
                case .left:
                    line.append(cell)
                    pad(&line, widths[index] - width)
                case .right:
                    pad(&line, widths[index] - width)
                    line.append(cell)
                }
            }
            // No trailing spaces when the last cells are empty: transcripts compare lines exactly.
            while line.last == " " { line.removeLast() }
            return line
        }
        guard let header = measured.first else { return [] }
        return [heading(line(header))] + measured.dropFirst().map(line)
    }

    /// Terminal columns a string takes: East Asian wide characters count two, combining marks none.
    static func width(_ text: String) -> Int {
        // Latin text, accents included, is one column per scalar below U+0300.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
        return text.unicodeScalars.reduce(0) { total, scalar in
            if scalar.value < 0x300 { return total + 1 }
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
