// The API document the Swagger UI releases are deployed with (a small bookshop API, OpenAPI 3.0).
export const BOOKSHOP_OPENAPI = {
  openapi: '3.0.3',
  info: { title: 'Bookshop API', version: '1.4.0', description: 'Books, authors and orders of a small shop.' },
  servers: [{ url: '/api' }],
  tags: [
    { name: 'books', description: 'Everything about books' },
    { name: 'orders', description: 'Orders placed by customers' },
  ],
  paths: {
    '/books': {
      get: {
        tags: ['books'],
        summary: 'List books',
        operationId: 'listBooks',
        parameters: [{ name: 'author', in: 'query', description: 'Only books by this author', required: false, schema: { type: 'string' } }],
        responses: { '200': { description: 'The books', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Book' } } } } } },
      },
      post: {
        tags: ['books'],
        summary: 'Add a book',
        operationId: 'addBook',
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Book' } } } },
        responses: { '201': { description: 'Created' }, '400': { description: 'Invalid book' } },
      },
    },
    '/books/{bookId}': {
      get: {
        tags: ['books'],
        summary: 'Find a book by id',
        operationId: 'getBook',
        parameters: [{ name: 'bookId', in: 'path', required: true, description: 'Id of the book', schema: { type: 'integer' } }],
        responses: { '200': { description: 'The book', content: { 'application/json': { schema: { $ref: '#/components/schemas/Book' } } } }, '404': { description: 'No such book' } },
      },
      delete: {
        tags: ['books'],
        summary: 'Delete a book',
        operationId: 'deleteBook',
        deprecated: true,
        parameters: [{ name: 'bookId', in: 'path', required: true, schema: { type: 'integer' } }],
        responses: { '204': { description: 'Deleted' } },
      },
    },
    '/orders': {
      post: {
        tags: ['orders'],
        summary: 'Place an order',
        operationId: 'placeOrder',
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Order' } } } },
        responses: { '200': { description: 'The order' } },
      },
    },
  },
  components: {
    schemas: {
      Book: { type: 'object', required: ['title'], properties: { id: { type: 'integer', example: 7 }, title: { type: 'string', example: 'Dune' }, author: { type: 'string', example: 'Frank Herbert' } } },
      Order: { type: 'object', properties: { id: { type: 'integer' }, bookId: { type: 'integer' }, quantity: { type: 'integer', example: 2 } } },
    },
  },
};
