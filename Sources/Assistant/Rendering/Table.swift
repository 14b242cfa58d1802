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
    /// With `fitting`, a table wider than that many columns narrows its widest `wrapping` column
    /// (down to `minimumWrapWidth`) and carries that column's text on to lines of its own.
    func lines(indent: Int = 2, heading: (String) -> String = { $0 }, fitting maximum: Int? = nil, wrapping: Set<Int> = []) -> [String] {
        // Widths are measured once per cell: a portfolio table has tens of thousands of them.
        // Cells are shown escaped (`InputPolicy.visible`): measured, and wrapped, as shown.
        var measured = ([headers] + rows).map { $0.map { ($0, Self.width($0)) } }
        var widths = Array(repeating: 0, count: headers.count)
        for row in measured {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.1)
            }
        }
        if let maximum {
            Self.narrow(&widths, to: maximum - indent - 2 * (widths.count - 1), wrapping: wrapping)
            measured = measured.flatMap { row in Self.wrapped(row, widths: widths, wrapping: wrapping) }
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

    /// Text shorter than this is never wrapped further: below it a line is no easier to read.
    static let minimumWrapWidth = 12

    /// Narrows the wrapping columns to one common cap, the widest that lets every column fit
    /// `available` (never below `minimumWrapWidth`); columns narrower than the cap keep their width.
    static func narrow(_ widths: inout [Int], to available: Int, wrapping: Set<Int>) {
        let wrapped = wrapping.filter { $0 < widths.count }
        let budget = available - widths.indices.filter { !wrapped.contains($0) }.map { widths[$0] }.reduce(0, +)
        guard wrapped.map({ widths[$0] }).reduce(0, +) > budget else { return }
        var cap = wrapped.map { widths[$0] }.max() ?? 0
        while cap > minimumWrapWidth, wrapped.map({ min(widths[$0], cap) }).reduce(0, +) > budget { cap -= 1 }
        for index in wrapped { widths[index] = min(widths[index], cap) }
    }

    /// A row as one or more lines: each wrapping cell wider than its column is broken at spaces
    /// (inside a word only when the word alone is too wide), the other cells on the first line.
    static func wrapped(_ row: [(String, Int)], widths: [Int], wrapping: Set<Int>) -> [[(String, Int)]] {
        var pieces: [[String]] = row.enumerated().map { index, cell in
            guard wrapping.contains(index), index < widths.count else { return [cell.0] }
            let shown = InputPolicy.visible(cell.0)
            return width(shown) > widths[index] ? broken(shown, width: widths[index]) : [cell.0]
        }
        let height = pieces.map(\.count).max() ?? 1
        for index in pieces.indices where pieces[index].count < height { pieces[index] += Array(repeating: "", count: height - pieces[index].count) }
        return (0..<height).map { line in pieces.map { ($0[line], width($0[line])) } }
    }

    /// `text` in pieces of at most `width` columns, broken after spaces where it can be; an
    /// escaped scalar (`\u{1B}`) is never split.
    static func broken(_ text: String, width: Int) -> [String] {
        var pieces: [String] = []
        var line = ""
        var lineWidth = 0
        for word in words(text) {
            let wordWidth = Self.width(word)
            if lineWidth + wordWidth > width, !line.isEmpty {
                pieces.append(line.trimmingTrailingSpaces())
                line = ""
                lineWidth = 0
            }
            if wordWidth > width {
                // A word wider than the column: in slices, each escape kept whole.
                for unit in units(word) {
                    let unitWidth = Self.width(unit)
                    if lineWidth + unitWidth > width, !line.isEmpty {
                        pieces.append(line)
                        line = ""
                        lineWidth = 0
                    }
                    line += unit
                    lineWidth += unitWidth
                }
            } else {
                line += word
                lineWidth += wordWidth
            }
        }
        if !line.isEmpty || pieces.isEmpty { pieces.append(line.trimmingTrailingSpaces()) }
        return pieces
    }

    /// Words with the spaces after them: `a b` → `a `, `b`.
    private static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == " " {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Characters, with each `\u{…}` escape as one unit.
    private static func units(_ word: String) -> [String] {
        var units: [String] = []
        var rest = Substring(word)
        while let first = rest.first {
            if rest.hasPrefix("\\u{"), let close = rest.firstIndex(of: "}") {
                units.append(String(rest[...close]))
                rest = rest[rest.index(after: close)...]
            } else {
                units.append(String(first))
                rest = rest.dropFirst()
            }
        }
        return units
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

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
