// The start-up baseline: the smallest Swift program that imports Foundation and prints one line,
// built the same way as csp-migrate (release).
import Foundation

print("csp-migrate baseline")
