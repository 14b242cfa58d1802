import Foundation

/// Whitespace, decided from the ASCII value when there is one: Unicode's property lookup for each
/// character was a tenth of running a command (offers compared, command lines split).
public func isBlank(_ character: Character) -> Bool {
    if let ascii = character.asciiValue { return isASCIIBlank(ascii) }
    return character.isWhitespace
}

/// `isBlank` for one byte of ASCII text: space, tab, line feed, vertical tab, form feed, return.
public func isASCIIBlank(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
}

/// Text as staff compare it: lower case, without accents (`Soluções` → `solucoes`). The one folding
/// the project uses, for offers, customer names and questions alike. Latin letters are folded here;
/// only other scripts go through Foundation, which is far slower (the first question of a session
/// folds every customer's name).
public func caseAndAccentFolded(_ text: String) -> String {
    // Offers and most names are plain ASCII: the standard library's lowercasing is fastest there.
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
    // Latin text folds to ASCII, written as bytes: appending to a scalar view was most of folding
    // 10,000 names.
    var folded: [UInt8] = []
    folded.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar.value {
        case 0x41...0x5A: folded.append(UInt8(scalar.value + 0x20))
        case 0..<0x80: folded.append(UInt8(scalar.value))
        case 0x300...0x36F: continue   // combining accents, from decomposed text
        default:
            guard let base = latinBase[scalar] else {
                return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
            }
            folded.append(UInt8(base.value))
        }
    }
    return String(decoding: folded, as: UTF8.self)
}

private let latinBase: [Unicode.Scalar: Unicode.Scalar] = {
    let groups: [(String, Unicode.Scalar)] = [
        ("ÀÁÂÃÄÅàáâãäå", "a"), ("Çç", "c"), ("ÈÉÊËèéêë", "e"), ("ÌÍÎÏìíîï", "i"), ("Ññ", "n"),
        ("ÒÓÔÕÖòóôõö", "o"), ("ÙÚÛÜùúûü", "u"), ("Ýýÿ", "y"),
    ]
    var table: [Unicode.Scalar: Unicode.Scalar] = [:]
    for (letters, base) in groups {
        for scalar in letters.unicodeScalars { table[scalar] = base }
    }
    return table
}()

/// Levenshtein distance, with a transposition counted as one edit.
public func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs), b = Array(rhs)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                current[j] = min(current[j], previousPrevious[j - 2] + 1)
            }
        }
        (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
}
