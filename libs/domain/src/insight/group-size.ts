/**
 * The smallest group of residents a figure below municipality level may describe (a k-anonymity
 * threshold). A PC4 area holds a few thousand residents, but only a handful have an open request
 * for one product and target group: in a group of 2 or 3, a neighbour can tell who is counted.
 * 10 is of the order statistical offices use as a minimum cell size for published counts, and
 * still leaves the larger PC4 areas of the region visible.
 */
export const MIN_GROUP_SIZE = 10;
