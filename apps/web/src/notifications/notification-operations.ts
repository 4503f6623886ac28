import { graphql } from '../gql';

export const UnreadNotificationCount = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationAdded = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      title
    }
  }
`);

export const NotificationList = graphql(`
  query NotificationList($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          title
          body
          link
          createdAt
          read
        }
      }
    }
    unreadNotificationCount
  }
`);

export const MarkNotificationsRead = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NotificationSettings = graphql(`
  query NotificationSettings {
    notificationSettings {
      emailEnabled
      emailAvailable
    }
  }
`);

export const SetEmailNotifications = graphql(`
  mutation SetEmailNotifications($enabled: Boolean!) {
    setEmailNotifications(enabled: $enabled) {
      emailEnabled
      emailAvailable
    }
  }
`);
