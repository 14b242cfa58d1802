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
        var lines: [String] = []
        write(indent: indent, heading: heading, fitting: maximum, wrapping: wrapping) { lines.append($0) }
        return lines
    }

    /// `lines`, handed over one by one as they are made: a portfolio's table is tens of thousands
    /// of lines, and none of them needs to wait for the others once the widths are known.
    func write(indent: Int = 2, heading: (String) -> String = { $0 }, fitting maximum: Int? = nil, wrapping: Set<Int> = [],
               to emit: (String) -> Void) {
        // Widths are measured once per cell: a portfolio table has tens of thousands of them.
        // Cells are shown escaped (`InputPolicy.visible`): measured, and wrapped, as shown.
        let measured = Measured(self)
        var widths = Array(repeating: 0, count: headers.count)
        for number in 0..<measured.count {
            for index in 0..<min(measured.columns(number), widths.count) {
                widths[index] = max(widths[index], measured.width(number, index))
            }
        }
        func total(_ widths: [Int]) -> Int { indent + 2 * (widths.count - 1) + widths.reduce(0, +) }
        guard let maximum, total(widths) > maximum else {
            return laidOut(measured, columns: Array(widths.indices), widths: widths, indent: indent, heading: heading, to: emit)
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
            guard !moved.isEmpty else {
                return laidOut(measured, columns: kept, widths: keptWidths, indent: indent, heading: heading, wrapping: keptWrapping, to: emit)
            }
            var keys = self
            keys.headers = kept.map { headers[$0] }
            keys.alignments = kept.map { alignments[$0] }
            // The text columns that did not fit, each on lines of its own under its row: prose,
            // wrapped by `Fitting` with its continuation hanging.
            let under = String(repeating: " ", count: indent + 4)
            let movedInOrder = widths.indices.filter { moved.contains($0) }
            let movedHeaders = movedInOrder.map { headers[$0] }.filter { !$0.isEmpty }
            return keys.laidOut(measured, columns: kept, widths: keptWidths, indent: indent, heading: heading, wrapping: keptWrapping, to: emit) { row in
                if row == 0 {
                    if !movedHeaders.isEmpty { emit(heading(under + movedHeaders.joined(separator: " · "))) }
                } else {
                    let cells = rows[row - 1]
                    for index in movedInOrder where index < cells.count && !cells[index].isEmpty { emit(under + cells[index]) }
                }
            }
        }
        for line in records(indent: indent) { emit(line) }
    }

    /// The header and the rows (0 is the header), with the width of every cell, measured once.
    private struct Measured {
        let table: Table
        /// Row after row, each row's cells in order.
        private var widths: [Int] = []
        private var starts: [Int] = []

        init(_ table: Table) {
            self.table = table
            starts.reserveCapacity(table.rows.count + 2)
            widths.reserveCapacity((table.rows.count + 1) * table.headers.count)
            for number in 0...table.rows.count {
                starts.append(widths.count)
                for cell in number == 0 ? table.headers : table.rows[number - 1] { widths.append(Table.width(cell)) }
            }
            starts.append(widths.count)
        }

        var count: Int { starts.count - 1 }
        func cells(_ number: Int) -> [String] { number == 0 ? table.headers : table.rows[number - 1] }
        func columns(_ number: Int) -> Int { starts[number + 1] - starts[number] }
        func width(_ number: Int, _ index: Int) -> Int { widths[starts[number] + index] }
    }

    /// The header's line (none when the table has no headers), then each row's, a row whose text
    /// is wider than its `wrapping` column on as many lines as it takes; `after` adds lines after
    /// each row's (0 is the header). `columns` are the measured columns shown, in order; `widths`,
    /// `wrapping` and this table's alignments are those of the columns shown.
    private func laidOut(_ measured: Measured, columns: [Int], widths: [Int], indent: Int, heading: (String) -> String,
                         wrapping: Set<Int> = [], to emit: (String) -> Void, after: (Int) -> Void = { _ in }) -> Void {
        let rightAligned = alignments.map { $0 == .right }
        var cells: [(String, Int)] = []
        cells.reserveCapacity(columns.count)
        for number in 0..<measured.count where number > 0 || headed {
            let row = measured.cells(number)
            let available = measured.columns(number)
            // A row shorter than the columns shows as many as it has.
            cells.removeAll(keepingCapacity: true)
            for column in columns { cells.append(column < available ? (row[column], measured.width(number, column)) : ("", 0)) }
            // Only a row with a cell wider than its column is broken up.
            let fits = !cells.indices.contains { wrapping.contains($0) && $0 < widths.count && cells[$0].1 > widths[$0] }
            if fits {
                let line = Self.line(cells, widths: widths, rightAligned: rightAligned, indent: indent)
                emit(number == 0 ? heading(line) : line)
            } else {
                for piece in Self.wrapped(cells, widths: widths, wrapping: wrapping) {
                    let line = Self.line(piece, widths: widths, rightAligned: rightAligned, indent: indent)
                    emit(number == 0 ? heading(line) : line)
                }
            }
            after(number)
        }
    }

    /// One line of cells padded to their columns, built as bytes in one string. No trailing
    /// spaces when the last cells are empty: transcripts compare lines exactly.
    private static func line(_ cells: [(String, Int)], widths: [Int], rightAligned: [Bool], indent: Int) -> String {
        var joinsSpace = false
        let line = line(cells, widths: widths, rightAligned: rightAligned, indent: indent, trimming: true, joinsSpace: &joinsSpace)
        guard joinsSpace else { return line }
        // The last character kept is not ASCII and spaces followed it: one that joins the space
        // after it (a prepended mark) makes them one character, which trimming by characters keeps.
        var untrimmed = Self.line(cells, widths: widths, rightAligned: rightAligned, indent: indent, trimming: false, joinsSpace: &joinsSpace)
        while untrimmed.last == " " { untrimmed.removeLast() }
        return untrimmed
    }

    private static func line(_ cells: [(String, Int)], widths: [Int], rightAligned: [Bool], indent: Int, trimming: Bool, joinsSpace: inout Bool) -> String {
        let shown = min(cells.count, widths.count)
        var capacity = indent
        for index in 0..<shown { capacity += 2 + max(widths[index], cells[index].1) + cells[index].0.utf8.count }
        return String(unsafeUninitializedCapacity: max(capacity, 1)) { buffer in
            var count = 0
            func pad(_ spaces: Int) {
                for _ in 0..<max(0, spaces) { buffer[count] = 0x20; count += 1 }
            }
            pad(indent)
            for index in 0..<shown {
                var (cell, width) = cells[index]
                if index > 0 { pad(2) }
                if rightAligned[index] { pad(widths[index] - width) }
                if let copied = cell.utf8.withContiguousStorageIfAvailable({ bytes in
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[count...]).initialize(from: bytes)
                    return bytes.count
                }) {
                    count += copied
                } else {
                    cell.makeContiguousUTF8()
                    for byte in cell.utf8 { buffer[count] = byte; count += 1 }
                }
                if !rightAligned[index] { pad(widths[index] - width) }
            }
            guard trimming else { return count }
            var end = count
            while end > 0, buffer[end - 1] == 0x20 { end -= 1 }
            if end < count, end > 0, buffer[end - 1] >= 0x80 {
                // The last scalar kept, read back from its last byte.
                var lead = end - 1
                while lead > 0, buffer[lead] & 0xC0 == 0x80 { lead -= 1 }
                var scalar = UInt32(buffer[lead]) & (buffer[lead] >= 0xF0 ? 0x07 : buffer[lead] >= 0xE0 ? 0x0F : 0x1F)
                for index in lead + 1..<end { scalar = scalar << 6 | UInt32(buffer[index] & 0x3F) }
                joinsSpace = Self.mayJoinSpaceAfter(scalar)
            }
            return end
        }
    }

    /// Whether a space after this scalar may be part of its character: the prepended marks
    /// (Grapheme_Cluster_Break=Prepend) are all in these blocks (Arabic to Malayalam, and the
    /// scripts above U+11000); `—`, `·` and accented Latin are not.
    private static func mayJoinSpaceAfter(_ scalar: UInt32) -> Bool {
        (0x600...0xDFF).contains(scalar) || scalar >= 0x11000
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
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { $0 >= 0x80 } } ?? text.utf8.allSatisfy { $0 < 0x80 }
        if ascii { return text.utf8.count }
        var total = 0
        var codes = ColourCodeSkipper()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard codes.shows(value) else { continue }
            // Below U+0300, and General Punctuation (`—`, `·`…, no mark and nothing wide in it).
            if value < 0x300 || (0x2000...0x206F).contains(value) { total += 1; continue }
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
