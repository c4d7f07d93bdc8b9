// Hand-written updates shaped like what the Bot API sends to a channel's bot (https://core.telegram.org/bots/api#update).

export const CHANNEL = {
  id: -1001405579475,
  title: "Dateline News",
  username: "dateline_news",
  type: "channel",
};

export const textPost = {
  update_id: 918273645,
  channel_post: {
    message_id: 120,
    sender_chat: CHANNEL,
    chat: CHANNEL,
    date: 1760000000,
    author_signature: "Ana Desk",
    text: "🔥 Fire in the old town\nDetails: https://example.org and more\nprint(1)",
    entities: [
      { offset: 3, length: 20, type: "bold" },
      { offset: 8, length: 15, type: "italic" },
      { offset: 33, length: 19, type: "url" },
      { offset: 57, length: 4, type: "text_link", url: "https://example.org/more" },
      { offset: 62, length: 8, type: "pre", language: "python" },
      { offset: 0, length: 2, type: "custom_emoji", custom_emoji_id: "5368324170671202286" },
      { offset: 3, length: 4, type: "some_future_entity" },
    ],
    link_preview_options: { is_disabled: true },
    has_protected_content: false,
  },
};

const albumPhoto = [
  { file_id: "AgAD-small", file_unique_id: "AQAD-small", file_size: 1203, width: 90, height: 67 },
  { file_id: "AgAD-large", file_unique_id: "AQAD-large", file_size: 118_000, width: 1280, height: 960 },
  { file_id: "AgAD-medium", file_unique_id: "AQAD-medium", file_size: 20_531, width: 320, height: 240 },
];

export const albumFirstItem = {
  update_id: 918273646,
  channel_post: {
    message_id: 121,
    sender_chat: CHANNEL,
    chat: CHANNEL,
    date: 1760000100,
    media_group_id: "13579246801357924",
    photo: albumPhoto,
    caption: "Flooded street, Monday",
    caption_entities: [{ offset: 0, length: 7, type: "bold" }],
  },
};

export const albumSecondItem = {
  update_id: 918273647,
  channel_post: {
    message_id: 122,
    sender_chat: CHANNEL,
    chat: CHANNEL,
    date: 1760000100,
    media_group_id: "13579246801357924",
    video: {
      file_id: "BAAD-video",
      file_unique_id: "AgAD-video",
      width: 1920,
      height: 1080,
      duration: 31,
      mime_type: "video/mp4",
      file_name: "street.mp4",
      file_size: 21 * 1024 * 1024,
      thumbnail: {
        file_id: "AAMC-thumb",
        file_unique_id: "AQAD-thumb",
        width: 320,
        height: 180,
        file_size: 9000,
      },
    },
  },
};

export const editedPost = {
  update_id: 918273648,
  edited_channel_post: {
    message_id: 120,
    sender_chat: CHANNEL,
    chat: CHANNEL,
    date: 1760000000,
    edit_date: 1760000500,
    text: "Fire in the old town (updated)",
  },
};

export const privateMessage = {
  update_id: 918273649,
  message: {
    message_id: 5,
    from: { id: 42, is_bot: false, first_name: "Reader" },
    chat: { id: 42, type: "private", first_name: "Reader" },
    date: 1760000600,
    text: "/start",
  },
};

export function channelPost(updateId: number, fields: Record<string, unknown>) {
  return {
    update_id: updateId,
    channel_post: { message_id: updateId, chat: CHANNEL, sender_chat: CHANNEL, date: 1760001000, ...fields },
  };
}
