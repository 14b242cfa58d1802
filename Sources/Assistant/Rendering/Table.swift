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
    /// With `fitting`, a table wider than that many columns narrows its `wrapping` (text) columns
    /// (down to `minimumWrapWidth`) and carries their text on to lines of their own. When that is
    /// not enough, its widest text columns go under each row, one by one, until the rest fits; when
    /// nothing fits, each row becomes a short record, a field a line (`records`).
    func lines(indent: Int = 2, heading: (String) -> String = { $0 }, fitting maximum: Int? = nil, wrapping: Set<Int> = []) -> [String] {
        // Widths are measured once per cell: a portfolio table has tens of thousands of them.
        // Cells are shown escaped (`InputPolicy.visible`): measured, and wrapped, as shown.
        let measured = ([headers] + rows).map { $0.map { ($0, Self.width($0)) } }
        var widths = Array(repeating: 0, count: headers.count)
        for row in measured {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.1)
            }
        }
        func total(_ widths: [Int]) -> Int { indent + 2 * (widths.count - 1) + widths.reduce(0, +) }
        guard let maximum, total(widths) > maximum else {
            return laidOut(measured, widths: widths, indent: indent, heading: heading)
        }
        let widestFirst = Self.movingOrder(wrapping, widths: widths)
        for count in 0...widestFirst.count {
            let moved = Set(widestFirst.prefix(count))
            let kept = widths.indices.filter { !moved.contains($0) }
            if kept.isEmpty { break }
            var keptWidths = kept.map { widths[$0] }
            let keptWrapping = Set(kept.indices.filter { wrapping.contains(kept[$0]) })
            Self.narrow(&keptWidths, to: maximum - indent - 2 * (kept.count - 1), wrapping: keptWrapping)
            guard total(keptWidths) <= maximum else { continue }
            guard !moved.isEmpty else { return laidOut(measured, widths: keptWidths, indent: indent, heading: heading, wrapping: keptWrapping) }
            var keys = self
            keys.headers = kept.map { headers[$0] }
            keys.alignments = kept.map { alignments[$0] }
            let keyRows = measured.map { row in kept.map { $0 < row.count ? row[$0] : ("", 0) } }
            // The text columns that did not fit, each on lines of its own under its row: prose,
            // wrapped by `Fitting` with its continuation hanging.
            let under = String(repeating: " ", count: indent + 4)
            let movedInOrder = widths.indices.filter { moved.contains($0) }
            let movedHeaders = movedInOrder.map { headers[$0] }.filter { !$0.isEmpty }
            return keys.laidOut(keyRows, widths: keptWidths, indent: indent, heading: heading, wrapping: keptWrapping) { row, lines in
                if row == 0 {
                    if !movedHeaders.isEmpty { lines.append(heading(under + movedHeaders.joined(separator: " · "))) }
                } else {
                    let cells = rows[row - 1]
                    for index in movedInOrder where index < cells.count && !cells[index].isEmpty { lines.append(under + cells[index]) }
                }
            }
        }
        return records(indent: indent)
    }

    /// The header's line (none when the table has no headers), then each row's, a row whose text
    /// is wider than its `wrapping` column on as many lines as it takes; `after` adds lines after
    /// each row's (0 is the header).
    private func laidOut(_ measured: [[(String, Int)]], widths: [Int], indent: Int, heading: (String) -> String,
                         wrapping: Set<Int> = [], after: (Int, inout [String]) -> Void = { _, _ in }) -> [String] {
        let capacity = indent + widths.reduce(0, +) + 2 * widths.count
        func pad(_ line: inout String, _ count: Int) {
            for _ in 0..<max(0, count) { line.append(" ") }
        }
        func line(_ cells: [(String, Int)]) -> String {
            var line = ""
            line.reserveCapacity(capacity + 16)
            pad(&line, indent)
            for (index, (cell, width)) in cells.enumerated() where index < widths.count {
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
        var lines: [String] = []
        lines.reserveCapacity(measured.count)
        for (number, row) in measured.enumerated() where number > 0 || headed {
            // Only a row with a cell wider than its column is broken up.
            let fits = !row.indices.contains { wrapping.contains($0) && $0 < widths.count && row[$0].1 > widths[$0] }
            let rowLines = fits ? [line(row)] : Self.wrapped(row, widths: widths, wrapping: wrapping).map(line)
            lines += number == 0 ? rowLines.map(heading) : rowLines
            after(number, &lines)
        }
        return lines
    }

    /// A table whose headers are all empty (a list of names and their meaning) shows no header line.
    var headed: Bool { headers.contains { !$0.isEmpty } }

    /// Each row as a record: its first cell, then each other cell on a line of its own under it,
    /// after its column's header. Those lines are prose, wrapped by `Fitting`.
    private func records(indent: Int) -> [String] {
        let margin = String(repeating: " ", count: indent)
        var lines: [String] = []
        for row in rows {
            for (index, cell) in row.enumerated() where !cell.isEmpty {
                let label = index == 0 || index >= headers.count || headers[index].isEmpty ? "" : headers[index] + ": "
                lines.append(margin + (index == 0 ? "" : "  ") + label + cell)
            }
        }
        return lines
    }

    /// Text columns are never narrower than this: below it a column of words is hard to read, and
    /// the text is better under its row.
    static let minimumWrapWidth = 16

    /// The order in which text columns go under their rows: widest first and, of two equally
    /// wide, the later one. A set's order differs from run to run, and the same reply must read
    /// the same every time, so the order depends on the columns alone.
    static func movingOrder(_ wrapping: some Sequence<Int>, widths: [Int]) -> [Int] {
        wrapping.filter { $0 < widths.count }.sorted { widths[$0] != widths[$1] ? widths[$0] > widths[$1] : $0 > $1 }
    }

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
            // The space after a word may reach past the column: it is trimmed at the break.
            let inked = word.last == " " ? wordWidth - 1 : wordWidth
            if lineWidth + inked > width, !line.isEmpty {
                pieces.append(line.trimmingTrailingSpaces())
                line = ""
                lineWidth = 0
            }
            if inked > width {
                // A word wider than the column: in slices, each escape kept whole.
                for unit in units(word) {
                    let unitWidth = Self.width(unit)
                    if lineWidth + unitWidth > width, !line.isEmpty {
                        pieces.append(line)
                        line = ""
                        lineWidth = 0
                        if unit == " " { continue }
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

    /// Terminal columns a string takes: East Asian wide characters count two, combining marks and
    /// our colour codes (`ColourCodeSkipper`) none.
    static func width(_ text: String) -> Int {
        // Latin text, accents included, is one column per scalar below U+0300.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
        var total = 0
        var codes = ColourCodeSkipper()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard codes.shows(value) else { continue }
            if value < 0x300 { total += 1; continue }
            if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark { continue }
            let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1F64F).contains(value)
                || (0x20000...0x3FFFD).contains(value)
            total += wide ? 2 : 1
        }
        return total
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
