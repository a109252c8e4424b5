/** One frame line as one Ink Text (nested Texts for reverse video and bold). */
import {memo} from 'react';
import {Text} from 'ink';
import type {Line} from '../render/line.js';

function sameLine(a: Line, b: Line): boolean {
	if (a === b) return true;
	if (a.length !== b.length) return false;
	return a.every((seg, i) => {
		const other = b[i]!;
		return seg.text === other.text && Boolean(seg.inverse) === Boolean(other.inverse) && Boolean(seg.bold) === Boolean(other.bold);
	});
}

export const LineText = memo(
	function LineText({line}: {line: Line}) {
		// An empty Text has no height: a blank line is one space.
		if (line.length === 0) return <Text> </Text>;
		return (
			<Text wrap="truncate">
				{line.map((seg, i) =>
					seg.inverse || seg.bold ? (
						<Text key={i} inverse={seg.inverse} bold={seg.bold}>
							{seg.text}
						</Text>
					) : (
						seg.text
					),
				)}
			</Text>
		);
	},
	(before, after) => sameLine(before.line, after.line),
);
